#include "panes/conversationpane.h"

#include "panes/conversationdelegate.h"
#include "panes/conversationlistview.h"
#include "widgets/emptystate.h"

#include "models/conversationlistmodel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace relaydesk::ui {

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_scopeButtons(new QButtonGroup(this))
    , m_statusTabs(new QTabBar(this))
    , m_list(new ConversationListView(&m_quiet, this))
    , m_empty(new EmptyState(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("conversationPane"));
    auto *title = new QLabel(this);
    m_texts.add([title] { title->setText(tr("Conversations")); });
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    // The clear button's icon comes from the icon theme, whose first lookup costs as much as the
    // rest of this pane at start-up; the button shows only once there is text, so it is added then.
    connect(m_filter, &QLineEdit::textChanged, m_filter, [filter = m_filter](const QString &text) {
        if (!text.isEmpty() && !filter->isClearButtonEnabled())
            filter->setClearButtonEnabled(true);
    });
    m_texts.add([this] {
        m_filter->setPlaceholderText(tr("Filter by name"));
        m_filter->setAccessibleName(tr("Filter conversations by name"));
    });

    // Mine | Unassigned | All, with Alt+M, Alt+U, Alt+A; named with their counts by showCounts().
    auto *scopes = new QHBoxLayout;
    scopes->setSpacing(2);
    for (const Scope scope : {Scope::Mine, Scope::Unassigned, Scope::All}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_texts.add([button] { button->setAccessibleDescription(tr("Show whose conversations")); });
        m_scopeButtons->addButton(button, int(scope));
        scopes->addWidget(button);
    }
    scopes->addStretch(1);
    m_scopeButtons->button(int(m_scope))->setChecked(true);
    connect(m_scopeButtons, &QButtonGroup::idClicked, this, [this](int id) { setScope(Scope(id)); });

    m_statusTabs->setObjectName(QStringLiteral("statusTabs"));
    m_statusTabs->setExpanding(false);
    m_statusTabs->setDrawBase(false);
    // Every status stays in sight; the pane is as wide as the words need.
    m_statusTabs->setUsesScrollButtons(false);
    for (int tab = 0; tab < 4; ++tab)
        m_statusTabs->addTab(QString());
    m_texts.add([this] { m_statusTabs->setAccessibleName(tr("Conversation status")); });
    m_texts.add([this] { showCounts(); });
    connect(m_statusTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            setStatus(Status(index));
    });

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_texts.add([this] { m_list->setAccessibleName(tr("Conversations")); });

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addWidget(title);
    layout->addLayout(scopes);
    layout->addWidget(m_statusTabs);
    // Only urgent and high priority: a switch beside the name filter.
    m_priorityOnly = new QToolButton(this);
    m_priorityOnly->setCheckable(true);
    m_priorityOnly->setAutoRaise(true);
    m_priorityOnly->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_texts.add([this] {
        m_priorityOnly->setText(tr("Hi&gh priority"));
        if (m_priorityOnly->shortcut().isEmpty())
            m_priorityOnly->setShortcut(QKeySequence(Qt::ALT | Qt::Key_G));
        m_priorityOnly->setToolTip(tr("Show only urgent and high-priority conversations (%1)")
                                       .arg(m_priorityOnly->shortcut().toString(QKeySequence::NativeText)));
        m_priorityOnly->setAccessibleName(tr("Only urgent and high priority"));
    });
    connect(m_priorityOnly, &QToolButton::toggled, this, [this] { applyFilter(); });
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_priorityOnly);
    layout->addLayout(filterRow);
    makeSearchOffer(layout);
    makeElsewhereLine(layout);
    makeSelectionBar(layout);
    layout->addWidget(m_stack, 1);
    showListOrEmpty();
    fitMinimumWidth();
}

namespace {

QString scopeName(ConversationPane::Scope scope)
{
    switch (scope) {
    case ConversationPane::Scope::Mine:
        return ConversationPane::tr("&Mine");
    case ConversationPane::Scope::Unassigned:
        return ConversationPane::tr("&Unassigned");
    case ConversationPane::Scope::All:
        break;
    }
    return ConversationPane::tr("&All");
}

QString statusName(ConversationPane::Status status)
{
    switch (status) {
    case ConversationPane::Status::Open:
        return ConversationPane::tr("Open");
    case ConversationPane::Status::Pending:
        return ConversationPane::tr("Pending");
    case ConversationPane::Status::Snoozed:
        return ConversationPane::tr("Snoozed");
    case ConversationPane::Status::Resolved:
        break;
    }
    return ConversationPane::tr("Resolved");
}

// A count as a tab shows it: short, in the language's digits.
QString shortCount(int count)
{
    return count > 999 ? ConversationPane::tr("999+") : QLocale().toString(count);
}

} // namespace

QAbstractButton *ConversationPane::scopeButton(Scope scope) const
{
    return m_scopeButtons->button(int(scope));
}

void ConversationPane::showCounts()
{
    // Resolved is not counted: it is not work waiting, and it only grows.
    using Counts = models::ConversationListModel::Counts;
    const Counts counts = m_model ? m_model->counts() : Counts();
    const auto inStatus = [&counts](Status status) -> const Counts::Scoped * {
        switch (status) {
        case Status::Open:
            return &counts.open;
        case Status::Pending:
            return &counts.pending;
        case Status::Snoozed:
            return &counts.snoozed;
        case Status::Resolved:
            break;
        }
        return nullptr;
    };
    const auto inScope = [](const Counts::Scoped &scoped, Scope scope) {
        return scope == Scope::Mine ? scoped.mine : scope == Scope::Unassigned ? scoped.unassigned : scoped.all;
    };
    const auto named = [](const QString &name, int count) {
        return count > 0 ? tr("%1 (%2)", "a status tab or scope button: its name, then how many conversations")
                               .arg(name, shortCount(count))
                         : name;
    };
    const auto spoken = [](QString name, int count) {
        name.remove(QLatin1Char('&'));
        return count > 0 ? tr("%1, %n conversation(s)", nullptr, count).arg(name) : name;
    };
    for (int tab = 0; tab < 4; ++tab) {
        const Counts::Scoped *scoped = inStatus(Status(tab));
        const int count = scoped ? inScope(*scoped, m_scope) : 0;
        m_statusTabs->setTabText(tab, named(statusName(Status(tab)), count));
        m_statusTabs->setAccessibleTabName(tab, spoken(statusName(Status(tab)), count));
    }
    const Counts::Scoped *scoped = inStatus(m_status);
    for (const Scope scope : {Scope::Mine, Scope::Unassigned, Scope::All}) {
        QAbstractButton *button = scopeButton(scope);
        const int count = scoped ? inScope(*scoped, scope) : 0;
        button->setText(named(scopeName(scope), count));
        button->setAccessibleName(spoken(scopeName(scope), count));
        // A language that shows no mnemonic (its name has no "&") keeps the keys all the same.
        if (button->shortcut().isEmpty())
            button->setShortcut(QKeySequence(Qt::ALT
                                             | (scope == Scope::Mine         ? Qt::Key_M
                                                : scope == Scope::Unassigned ? Qt::Key_U
                                                                             : Qt::Key_A)));
    }
    fitMinimumWidth();
}

void ConversationPane::fitMinimumWidth()
{
    // At least a comfortable list; more when a language's tab or button names need it.
    if (!layout())
        return; // still being built
    // A hidden tab bar's new names do not reach the layout's cached hints by
    // themselves (the counts change while the window is hidden too).
    m_statusTabs->updateGeometry();
    for (QAbstractButton *button : m_scopeButtons->buttons())
        button->updateGeometry();
    layout()->invalidate();
    const QMargins margins = layout()->contentsMargins();
    const int tabs = m_statusTabs->minimumSizeHint().width() + margins.left() + margins.right();
    setMinimumWidth(std::max({kMinimumWidth, tabs, layout()->minimumSize().width()}));
}

void ConversationPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        showListOrEmpty();
        fitMinimumWidth();
        // Rows are worded by the model and painted by the delegate at paint time.
        m_list->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void ConversationPane::setModel(models::ConversationListModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model)
        watchModelChanges(model); // before the view's own handlers: see conversationcurrent.cpp
    m_list->setModel(model);
    if (model) {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ConversationPane::listCurrentChanged);
        connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ConversationPane::showSelection);
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationPane::showSelection);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ConversationPane::showListOrEmpty);
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationPane::showListOrEmpty);
        for (auto signal : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
            connect(model, signal, this, &ConversationPane::noteCurrentInView);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &ConversationPane::keepCurrentInView);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &ConversationPane::noteCurrentInView);
        connect(model, &QAbstractItemModel::rowsMoved, this, &ConversationPane::keepCurrentInView);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ConversationPane::noteCurrentInView);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ConversationPane::keepCurrentInView);
        connect(m_filter, &QLineEdit::textChanged, model, &models::ConversationListModel::setNameFilter,
                Qt::UniqueConnection);
        connect(model, &models::ConversationListModel::countsChanged, this, &ConversationPane::showCounts);
        model->setCountedAgent(m_agentId);
        applyFilter();
    }
    showListOrEmpty();
    showCounts();
}

void ConversationPane::noteCurrentInView()
{
    const QModelIndex current = m_list->currentIndex();
    m_currentWasInView = current.isValid() && m_list->isVisible()
                         && m_list->viewport()->rect().intersects(m_list->visualRect(current));
}

void ConversationPane::keepCurrentInView()
{
    if (!m_currentWasInView)
        return;
    m_currentWasInView = false;
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_list->scrollTo(current, QAbstractItemView::EnsureVisible);
}

void ConversationPane::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeButtons->button(int(scope)))
        button->setChecked(true);
    if (m_scope == scope)
        return;
    m_scope = scope;
    applyFilter();
    showCounts();
}

void ConversationPane::setStatus(Status status)
{
    m_statusTabs->setCurrentIndex(int(status));
    if (m_status == status)
        return;
    m_status = status;
    applyFilter();
    showCounts();
}

void ConversationPane::setAgentId(qint64 agentId)
{
    if (m_agentId == agentId)
        return;
    m_agentId = agentId;
    if (m_model)
        m_model->setCountedAgent(agentId);
    if (m_scope == Scope::Mine)
        applyFilter();
}

void ConversationPane::setPriorityFirst(bool first)
{
    if (first == m_priorityFirst)
        return;
    m_priorityFirst = first;
    applyFilter();
}

void ConversationPane::applyFilter()
{
    store::ConversationFilter filter;
    static const QString statuses[] = {QStringLiteral("open"), QStringLiteral("pending"), QStringLiteral("snoozed"),
                                       QStringLiteral("resolved")};
    filter.statuses = {statuses[int(m_status)]};
    if (m_scope == Scope::Mine)
        filter.assigneeId = m_agentId > 0 ? m_agentId : -1; // nobody signed in: nothing is "mine"
    filter.unassignedOnly = m_scope == Scope::Unassigned;
    if (m_priorityOnly && m_priorityOnly->isChecked())
        filter.priorities = {QStringLiteral("urgent"), QStringLiteral("high")};
    filter.priorityFirst = m_priorityFirst;
    if (m_model)
        m_model->setFilter(filter);
    emit filterChanged();
    showListOrEmpty();
}

void ConversationPane::setHistoryArriving(bool arriving)
{
    if (m_historyArriving == arriving)
        return;
    m_historyArriving = arriving;
    showListOrEmpty();
}

void ConversationPane::showListOrEmpty()
{
    const bool any = m_model && m_model->rowCount() > 0;
    if (!any && m_model && !m_filter->text().trimmed().isEmpty()) {
        m_empty->setTitle(tr("No conversation matches"));
        m_empty->setHint(tr("No customer's name contains \"%1\".").arg(m_filter->text().trimmed()));
        const QString offer = tr("Search messages for “%1” (%2)")
                                  .arg(m_filter->text().trimmed(),
                                       QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
        m_searchOffer->setText(QStringLiteral("<a href=\"search\">%1</a>").arg(offer.toHtmlEscaped()));
        m_searchOffer->setAccessibleName(offer);
    } else if (!m_model) {
        // The window is up before the history is open (key, keychain, schema): nothing is known yet.
        m_empty->setTitle(tr("Opening your history…"));
        m_empty->setHint(tr("Reading the conversations kept on this computer."));
    } else if (!any && m_historyArriving) {
        m_empty->setTitle(tr("Bringing your conversations…"));
        m_empty->setHint(tr("This computer is reading the workspace's history for the first time. The newest "
                            "conversations appear in a moment."));
    } else if (!any && (m_status != Status::Open || m_scope != Scope::All)) {
        static const char *const titles[] = {QT_TR_NOOP("Nothing open here"), QT_TR_NOOP("Nothing pending here"),
                                             QT_TR_NOOP("Nothing snoozed here"), QT_TR_NOOP("Nothing resolved here")};
        m_empty->setTitle(tr(titles[int(m_status)]));
        m_empty->setHint(m_scope == Scope::Mine         ? tr("No conversation with this status is assigned to you.")
                         : m_scope == Scope::Unassigned ? tr("Every conversation with this status has an agent.")
                                                        : tr("No conversation has this status."));
    } else if (!any) {
        m_empty->setTitle(tr("No conversations yet"));
        m_empty->setHint(tr("When customers write on WhatsApp, Messenger or the web chat, "
                            "their conversations appear here."));
    }
    m_searchOffer->setVisible(!any && m_model && !m_filter->text().trimmed().isEmpty());
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_list) : m_empty);
}

} // namespace relaydesk::ui
