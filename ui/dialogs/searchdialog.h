#pragma once

// Ctrl+K: search all of the history on this computer (it works offline).
// Results are grouped by conversation, the words found highlighted; Enter or
// a double click opens the conversation at that message. The arrow keys move
// through the results while the cursor stays in the search field.

#include <QDialog>
#include <QVector>

#include <utility>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace relaydesk::models {
class SearchResultsModel;
}

namespace relaydesk::ui {

class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(models::SearchResultsModel *model, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeView *resultsView() const { return m_results; }
    // Runs the typed search now (it otherwise waits for a pause in typing).
    void searchNow();

    // A hit's snippet as a result shows it: on one line (line breaks and
    // runs of spaces become one space), the markers taken out and the
    // matched words' ranges kept.
    struct Snippet
    {
        QString text;
        QVector<std::pair<int, int>> matches;
    };
    static Snippet foldSnippet(const QString &snippet);

signals:
    // The agent chose a hit.
    void hitChosen(qint64 conversationId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Closing gives the keyboard back to the window it was opened from (a
    // window manager may not, and nothing else would).
    void hideEvent(QHideEvent *event) override;

private:
    void showResults();
    void choose(const QModelIndex &index);

    models::SearchResultsModel *m_model;
    QLineEdit *m_query;
    QTreeView *m_results;
    QLabel *m_summary;
    QTimer *m_typing;
};

} // namespace relaydesk::ui
