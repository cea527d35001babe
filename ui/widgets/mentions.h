#pragma once

#include <QObject>
#include <QStringList>

class QAbstractItemView;
class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace relaydesk::ui {

// @mentions in a private note: while active (the composer is in note mode),
// "@" at the start of a word opens the workspace's agents by name, narrowed
// as the agent types ("@ri" offers "Rio Santos"); Enter or Tab writes
// "@Rio Santos " in place of the "@word", Esc closes the list. The agent
// mentioned hears of it (app::Notifications, mentionsOf()).
class MentionCompleter : public QObject
{
    Q_OBJECT

public:
    explicit MentionCompleter(QPlainTextEdit *editor);

    // The names that can be mentioned (the signed-in agent's own left out by the caller).
    void setNames(const QStringList &names);
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isPopupVisible() const;
    QAbstractItemView *popup() const;
    QStringList offered() const;

    // Whether `text` mentions `name` ("@Rio Santos", any case, not followed
    // by more of a word: "@Rio" mentions neither "Rio Santos" nor "Rion").
    static bool mentions(const QString &text, const QString &name);

private:
    void update();
    void insert(const QString &name);

    QPlainTextEdit *m_editor;
    QStringList m_names;
    QStringListModel *m_matching;
    QCompleter *m_completer;
    int m_wordStart = -1; // where the "@word" begins in the editor's text
    bool m_active = false;
};

} // namespace relaydesk::ui
