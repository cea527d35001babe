#pragma once

#include <QObject>
#include <QString>
#include <QVector>

class QCompleter;
class QAbstractItemView;
class QWidget;
class QPlainTextEdit;
class QStandardItemModel;
class QSortFilterProxyModel;

namespace relaydesk::ui {

// One of the workspace's quick replies (canned responses).
struct QuickReply
{
    QString shortcut; // typed after "/"
    QString title;
    QString text; // what goes into the composer
};

// Quick replies in a text box: typing "/" at the start of a word opens a
// list of the workspace's quick replies by shortcut and title with the start
// of their text, narrowed as the agent types ("/hou" offers "hours"), over
// the text box and never over what is beside it (Send); Enter or Tab puts
// the chosen one's text in place of the "/word", Esc closes the list.
class QuickReplyCompleter : public QObject
{
    Q_OBJECT

public:
    explicit QuickReplyCompleter(QPlainTextEdit *editor);

    void setReplies(const QVector<QuickReply> &replies);
    int replyCount() const;
    bool isPopupVisible() const;
    QAbstractItemView *popup() const;
    // What the list offers now, as shortcuts (tests).
    QStringList offered() const;

private:
    void update();
    void place(QWidget *list) const;
    void insert(const QString &text);

    QPlainTextEdit *m_editor;
    QStandardItemModel *m_replies;
    QSortFilterProxyModel *m_matching;
    QCompleter *m_completer;
    int m_wordStart = -1; // where the "/word" begins in the editor's text
};

} // namespace relaydesk::ui
