#pragma once

#include <QWidget>

class QLabel;

namespace relaydesk::ui {

// A calm placeholder for a pane with nothing to show yet: a title and a hint.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_title;
    QLabel *m_hint;
};

} // namespace relaydesk::ui
