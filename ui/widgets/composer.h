#pragma once

#include <QPlainTextEdit>

namespace relaydesk::ui {

// Where the agent writes: Enter sends, Shift+Enter starts a new line.
class Composer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit Composer(QWidget *parent = nullptr);

signals:
    // The agent pressed Enter with something written.
    void submitted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

public:
    // Sends what is written, if anything (the Send button, Enter).
    void submit();
};

} // namespace relaydesk::ui
