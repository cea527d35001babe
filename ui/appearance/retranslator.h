#pragma once

#include <functional>
#include <vector>

namespace relaydesk::ui {

// The texts a widget sets once, kept so that a language switch sets them
// again: `add` runs the setter now and on every `retranslate()`, which the
// widget calls on QEvent::LanguageChange.
class Retranslator
{
public:
    void add(std::function<void()> apply)
    {
        apply();
        m_apply.push_back(std::move(apply));
    }

    void retranslate() const
    {
        for (const auto &apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace relaydesk::ui
