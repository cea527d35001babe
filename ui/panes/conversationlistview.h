#pragma once

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QListView>
#include <QMouseEvent>
#include <QScopedValueRollback>

#include <functional>

namespace relaydesk::ui {

// The conversation list's view. Focus coming to it makes its first row
// current when none is (QAbstractItemView does so); that is the list
// moving by itself, not the agent choosing a customer, so the pane is told
// to stay quiet meanwhile. Rows are chosen several at a time with Ctrl and
// Shift (click or arrows) and Ctrl+A: while such a gesture runs the view
// says it is extending, and the pane opens nothing. A right click never
// selects or opens: it asks for the row's menu, as the Menu key and
// Shift+F10 do for the focused row.
class ConversationListView : public QListView
{
public:
    ConversationListView(int *quiet, QWidget *parent)
        : QListView(parent)
        , m_quiet(quiet)
    {
    }

    // Ctrl or Shift held by the click or key under way (or by the last click).
    bool extending() const { return m_extending; }
    bool lastClickExtended() const { return m_clickExtended; }
    // Asked with the row (invalid: none) and where, in global coordinates.
    std::function<void(const QModelIndex &row, const QPoint &globalPos)> onMenu;
    // Esc with several rows selected.
    std::function<bool()> onEscape;

protected:
    void focusInEvent(QFocusEvent *event) override
    {
        const QScopedValueRollback<int> quiet(*m_quiet, *m_quiet + 1);
        QListView::focusInEvent(event);
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::RightButton) {
            event->accept(); // the menu follows; the selection stays
            return;
        }
        m_clickExtended = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        const QScopedValueRollback<bool> extending(m_extending, m_clickExtended);
        QListView::mousePressEvent(event);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        // Dragging over rows chooses a range of them, never the row under the pointer.
        const QScopedValueRollback<bool> extending(m_extending, m_extending || (event->buttons() & Qt::LeftButton));
        QListView::mouseMoveEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::RightButton) {
            event->accept();
            return;
        }
        QListView::mouseReleaseEvent(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
            showMenuForCurrent();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && onEscape && onEscape()) {
            event->accept();
            return;
        }
        const bool extend = (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))
                            || event->matches(QKeySequence::SelectAll);
        const QScopedValueRollback<bool> extending(m_extending, extend);
        QListView::keyPressEvent(event);
    }

    void contextMenuEvent(QContextMenuEvent *event) override
    {
        if (event->reason() == QContextMenuEvent::Keyboard) {
            showMenuForCurrent();
        } else if (onMenu) {
            onMenu(indexAt(event->pos()), viewport()->mapToGlobal(event->pos()));
        }
        event->accept();
    }

private:
    void showMenuForCurrent()
    {
        const QModelIndex row = currentIndex();
        if (!onMenu || !row.isValid())
            return;
        scrollTo(row);
        const QRect rect = visualRect(row);
        onMenu(row, viewport()->mapToGlobal(QPoint(rect.left() + rect.width() / 4, rect.center().y())));
    }

    int *m_quiet;
    bool m_extending = false;
    bool m_clickExtended = false;
};

} // namespace relaydesk::ui
