#include "windowactions.h"

#include "appearance/appearance.h"

#include "autopilotlines.h"
#include "popoutthreads.h"
#include "session.h"

#include "currentconversation.h"
#include "dialogs/searchdialog.h"
#include "dialogs/templatedialog.h"
#include "mainwindow.h"
#include "models/connectionstatus.h"
#include "models/conversationlistmodel.h"
#include "models/messagelistmodel.h"
#include "models/searchresultsmodel.h"
#include "net/apiclient.h"
#include "panes/conversationpane.h"
#include "panes/threadheader.h"
#include "panes/threadpane.h"
#include "store/reader.h"
#include "store/store.h"
#include "sync/outboxsender.h"
#include "sync/presencetracker.h"
#include "widgets/announcer.h"
#include "widgets/composer.h"

#include <QApplication>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QWindow>

namespace relaydesk::app {

WindowActions::WindowActions(ui::MainWindow &window, Session &session, models::ConversationListModel &conversations,
                             models::MessageListModel &messages, store::Store *history, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_conversations(conversations)
    , m_messages(messages)
    , m_history(history)
    , m_results(new models::SearchResultsModel(history, this))
    , m_windowTimer(new QTimer(this))
    , m_settle(new QTimer(this))
    , m_popOuts(new PopOutThreads(session, this))
    , m_autopilotLines(new AutopilotLines(messages, this))
{
    connect(&window, &ui::MainWindow::popOutRequested, this, [this] {
        const qint64 conversationId = m_window.threadPane()->conversationId();
        const auto conversation = m_history && conversationId ? m_history->reader().conversation(conversationId)
                                                              : std::nullopt;
        if (conversation)
            m_popOuts->open(m_history, conversationId, conversation->contactName,
                            m_window.threadPane()->temporaryDirectory());
    });
    m_windowTimer->setSingleShot(true);
    connect(m_windowTimer, &QTimer::timeout, this, &WindowActions::updateReplyWindow);
    connect(window.threadPane(), &ui::ThreadPane::templateRequested, this, &WindowActions::askForTemplate);
    connect(window.threadPane(), &ui::ThreadPane::autopilotToggled, this, [this](qint64 conversationId, bool on) {
        if (!conversationId || !m_session.outbox()) {
            updateReplyWindow(); // shows the stored mode again
            return;
        }
        const QString mode = on ? QStringLiteral("rules") : QStringLiteral("off");
        settleOn(conversationId); // acting in it
        m_autopilotLines->asked(conversationId, mode);
        m_autopilotAsks.insert(m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.autopilot"),
                                                               {{QStringLiteral("conversation_id"), conversationId},
                                                                {QStringLiteral("mode"), mode}}),
                               conversationId);
        updateReplyWindow(); // the switch shows the stored mode until the server answers
    });
    connect(&window, &ui::MainWindow::resolveRequested, this, [this] { sendStatus(QStringLiteral("resolved")); });
    connect(&window, &ui::MainWindow::reopenRequested, this, [this] { sendStatus(QStringLiteral("open")); });
    connect(&window, &ui::MainWindow::snoozeRequested, this,
            [this](qint64 until) { sendStatus(QStringLiteral("snoozed"), until); });
    connect(&window, &ui::MainWindow::autopilotToggleRequested, this, &WindowActions::toggleAutopilot);
    connect(&window, &ui::MainWindow::searchRequested, this, &WindowActions::showSearch);
    connect(&window, &ui::MainWindow::reconnectRequested, &session, &Session::reconnectNow);
    connect(&session, &Session::statusChanged, this, &WindowActions::updateBanner);
    // A language switch words the banner and the 24-hour line again.
    connect(&ui::Appearance::instance(), &ui::Appearance::languageChanged, this, [this] {
        updateBanner();
        updateReplyWindow();
    });
    connect(&session, &Session::signedInChanged, this, &WindowActions::updateBanner);
    connect(&session, &Session::signedInChanged, this, &WindowActions::updateAgent);
    // Agents' names arrive with each sign-in: the header names the assignee.
    connect(&session, &Session::directoryChanged, this, &WindowActions::updateReplyWindow);
    // The window's current conversation changed: after the thread has switched
    // (Desktop connects to the same signal first).
    m_settle->setSingleShot(true);
    m_settle->setInterval(kReadAfterMs);
    connect(m_settle, &QTimer::timeout, this, [this] { settleOn(m_window.threadPane()->conversationId()); });
    connect(window.current(), &ui::CurrentConversation::changed, this, [this] {
        // Browsing is not reading: it counts as read once it stays open a moment, or the agent acts in it.
        m_settledOn = 0;
        m_settle->start();
        showCurrent(true);
        updateReplyWindow();
        if (m_session.presence())
            m_session.presence()->setOpenConversation(m_window.threadPane()->conversationId());
        showPresence(m_window.threadPane()->conversationId());
    });
    // Coming back to the window (or a popped-out one) reads what it shows.
    connect(qApp, &QGuiApplication::focusWindowChanged, this, &WindowActions::markLookedAtRead, Qt::QueuedConnection);
    connect(&session, &Session::servicesChanged, this, &WindowActions::markLookedAtRead, Qt::QueuedConnection);
    connect(window.threadPane()->composer(), &QPlainTextEdit::textChanged, this, [this] {
        // Typing (not a draft coming back on a switch) is acting in the conversation.
        ui::Composer *composer = m_window.threadPane()->composer();
        if (composer->hasFocus() && !composer->toPlainText().isEmpty()) {
            if (m_session.presence())
                m_session.presence()->typed();
            settleOn(m_window.threadPane()->conversationId());
        }
        noteDraft();
    });
    window.threadPane()->setSendGuard(
        [this](qint64 conversationId, const QString &text) { return lookFirst(conversationId, text); });
    connect(&session, &Session::servicesChanged, this, &WindowActions::followPresence);
    connect(&session, &Session::servicesChanged, this, &WindowActions::followOutbox);
    followOutbox();
    followPresence();
    updateBanner();
    updateAgent();
    setStore(history);
}

void WindowActions::followPresence()
{
    disconnect(m_presenceChanged);
    sync::PresenceTracker *presence = m_session.presence();
    if (presence) {
        m_presenceChanged = connect(presence, &sync::PresenceTracker::changed, this, &WindowActions::showPresence);
        presence->setOpenConversation(m_window.threadPane()->conversationId());
    }
    showPresence(m_window.threadPane()->conversationId());
}

void WindowActions::showPresence(qint64 conversationId)
{
    if (conversationId != m_window.threadPane()->conversationId())
        return;
    sync::PresenceTracker *presence = m_session.presence();
    m_window.threadPane()->setPresence(presence && conversationId ? presence->describe(conversationId) : QString());
}

WindowActions::~WindowActions() = default;

void WindowActions::setStore(store::Store *history)
{
    m_history = history;
    m_autopilotLines->setStore(history);
    m_results->setStore(history);
    disconnect(m_storeChanged);
    if (history) {
        m_storeChanged = connect(history, &store::Store::changed, this, [this](const store::ChangeSet &changes) {
            const qint64 open = m_window.current()->id();
            // Its name, status or owner changed: the title and the list's line follow.
            if (open && (changes.conversations.contains(open) || !changes.contacts.isEmpty()))
                showCurrent(false);
            if (changes.conversations.contains(m_window.threadPane()->conversationId()))
                updateReplyWindow();
            // A customer wrote where the agent is looking: read at once.
            for (const qint64 id : changes.conversations)
                markReadIfLooking(id);
        });
    }
    updateAgent();
    updateReplyWindow();
}

void WindowActions::noteDraft()
{
    const bool empty = m_window.threadPane()->composer()->toPlainText().trimmed().isEmpty();
    const qint64 conversationId = m_window.threadPane()->conversationId();
    if (empty || !m_history) {
        // Not at once: sending clears the composer just before the guard
        // looks at the draft (and a kept draft comes straight back).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_window.threadPane()->composer()->toPlainText().trimmed().isEmpty())
                    m_draftConversation = 0;
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_draftConversation == conversationId)
        return; // the draft goes on
    m_draftConversation = conversationId;
    const auto newest = m_history->reader().newestMessages(conversationId, 1);
    m_draftAfter = newest.isEmpty() ? 0 : newest.constFirst().id;
}

bool WindowActions::lookFirst(qint64 conversationId, const QString &text)
{
    Q_UNUSED(text)
    if (!m_history || m_draftConversation != conversationId) {
        m_draftConversation = 0;
        return true;
    }
    // Replies that came after the draft began, from another agent or the autopilot.
    const qint64 me = m_session.agentId();
    QStringList others;
    QString who;
    for (const store::MessageRow &row : m_history->reader().messagesAfter(conversationId, m_draftAfter, 50)) {
        const bool bot = row.author == QLatin1String("bot");
        const bool colleague = row.author == QLatin1String("agent") && row.authorId != 0 && row.authorId != me;
        if ((bot || colleague) && row.kind != QLatin1String("note")) {
            others.append(row.text);
            who = bot ? tr("The autopilot") : (row.authorName.isEmpty() ? tr("Another agent") : row.authorName);
        }
    }
    if (others.isEmpty()) {
        m_draftConversation = 0;
        return true;
    }
    QMessageBox box(QMessageBox::Question, tr("Someone answered meanwhile"),
                    tr("%1 replied while you were writing:").arg(who), QMessageBox::NoButton, &m_window);
    box.setInformativeText(QStringLiteral("“%1”").arg(others.constLast().left(600)));
    QPushButton *send = box.addButton(tr("Send mine too"), QMessageBox::AcceptRole);
    QPushButton *look = box.addButton(tr("Let me look first"), QMessageBox::RejectRole);
    box.setDefaultButton(look);
    box.exec();
    if (box.clickedButton() != send) {
        // Looked at: the draft now counts from here.
        const auto newest = m_history->reader().newestMessages(conversationId, 1);
        m_draftAfter = newest.isEmpty() ? 0 : newest.constFirst().id;
        return false;
    }
    m_draftConversation = 0;
    return true;
}

void WindowActions::showCurrent(bool reveal)
{
    const qint64 id = m_window.current()->id();
    const auto row = m_history && id ? m_history->reader().conversation(id) : std::nullopt;
    ui::ConversationPane::Place place;
    place.id = id;
    if (row) {
        place.name = models::ConversationListModel::displayName(*row);
        place.status = row->status;
        place.assigneeId = row->assigneeId;
    }
    if (m_window.threadPane()->conversationId() == id)
        m_window.threadPane()->setTitle(place.name); // (showing it again would move the thread to its newest)
    else
        m_window.threadPane()->showConversation(id, place.name);
    m_window.conversationPane()->showCurrent(place, reveal);
    m_window.setConversationOpen(id != 0);
}

void WindowActions::settleOn(qint64 conversationId)
{
    if (!conversationId || conversationId != m_window.threadPane()->conversationId())
        return;
    m_settle->stop();
    m_settledOn = conversationId;
    markReadIfLooking(conversationId);
}

bool WindowActions::looking(qint64 conversationId) const
{
    if (!conversationId)
        return false;
    if (m_window.isActiveWindow() && !m_window.isMinimized()
        && m_window.threadPane()->conversationId() == conversationId && m_settledOn == conversationId)
        return true;
    const QWidget *popped = m_popOuts->windowOf(conversationId);
    return popped && popped->isActiveWindow() && !popped->isMinimized();
}

void WindowActions::markReadIfLooking(qint64 conversationId)
{
    if (!m_history || !m_session.outbox() || !looking(conversationId))
        return;
    const auto conversation = m_history->reader().conversation(conversationId);
    if (!conversation || conversation->unreadCount == 0) {
        m_readAsked.remove(conversationId);
        return;
    }
    // Asked already up to here: the server's answer is on its way.
    const qint64 upTo = m_history->reader().newestServerMessageId(conversationId);
    const auto asked = m_readAsked.constFind(conversationId);
    if (asked != m_readAsked.constEnd() && *asked == upTo)
        return;
    m_readAsked.insert(conversationId, upTo);
    QJsonObject args{{QStringLiteral("conversation_id"), conversationId}};
    if (upTo)
        args.insert(QStringLiteral("up_to"), upTo);
    m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.read"), args);
}

void WindowActions::markLookedAtRead()
{
    markReadIfLooking(m_window.threadPane()->conversationId());
    if (QWidget *focused = QApplication::activeWindow()) {
        if (auto *pane = focused->findChild<ui::ThreadPane *>(); pane && focused != &m_window)
            markReadIfLooking(pane->conversationId());
    }
}

WindowActions::ReplyWindow WindowActions::replyWindowOf(store::Store *history, qint64 conversationId)
{
    const auto conversation = history && conversationId ? history->reader().conversation(conversationId) : std::nullopt;
    // Web chat has no window; WhatsApp and Messenger have one only once the
    // customer has written, for 24 hours after their last message.
    const bool windowed = conversation
                          && (conversation->channel == QLatin1String("whatsapp")
                              || conversation->channel == QLatin1String("messenger"));
    if (!windowed)
        return {};
    const bool closed = conversation->windowExpiresAt <= QDateTime::currentMSecsSinceEpoch();
    return {closed, closed ? 0 : conversation->windowExpiresAt};
}

QString WindowActions::replyWindowClosedText()
{
    return tr("The customer last wrote more than 24 hours ago: only an approved template can go until they "
              "write again.");
}

void WindowActions::updateReplyWindow()
{
    m_windowTimer->stop();
    const ReplyWindow state = replyWindowOf(m_history, m_window.threadPane()->conversationId());
    if (state.closesAt > 0)
        m_windowTimer->start(
            int(std::min<qint64>(state.closesAt - QDateTime::currentMSecsSinceEpoch() + 100, 3600 * 1000)));
    m_window.threadPane()->setReplyWindowClosed(state.closed, replyWindowClosedText());
    // The autopilot switch shows what the store says (changes by others, and
    // the pause after a manual reply, arrive as conversation events).
    const qint64 conversationId = m_window.threadPane()->conversationId();
    const auto conversation = m_history && conversationId ? m_history->reader().conversation(conversationId)
                                                          : std::nullopt;
    m_window.threadPane()->setAutopilot(conversation ? conversation->autopilot : QString());
    m_autopilotLines->seen(conversationId, conversation ? conversation->autopilot : QString());
    showFacts(conversation ? &*conversation : nullptr);
}

void WindowActions::showFacts(const store::ConversationRow *conversation)
{
    ui::ThreadHeader::Facts facts;
    if (conversation) {
        facts.channel = conversation->channel;
        facts.status = conversation->status;
        facts.assignedToMe = conversation->assigneeId > 0 && conversation->assigneeId == m_session.agentId();
        if (conversation->assigneeId > 0)
            facts.assignee = m_session.agentNames().value(conversation->assigneeId,
                                                          tr("agent %1").arg(conversation->assigneeId));
        facts.priority = conversation->priority;
        facts.snoozedUntil = conversation->snoozedUntil;
    }
    m_window.threadPane()->header()->setFacts(facts);
}

void WindowActions::askForTemplate(qint64 conversationId)
{
    net::ApiClient *api = m_session.api();
    if (!conversationId || !api || !m_session.outbox())
        return;
    QPointer<WindowActions> guard(this);
    api->templates(
        [guard, conversationId](std::optional<QVector<net::TemplateInfo>> templates, const net::ApiError &error) {
            if (!guard)
                return;
            if (!templates) {
                QMessageBox::warning(&guard->m_window, tr("Templates"),
                                     tr("The templates could not be read: %1").arg(error.message));
                return;
            }
            ui::TemplateDialog dialog(*templates, &guard->m_window);
            if (dialog.exec() != QDialog::Accepted || !guard || !guard->m_session.outbox())
                return;
            QJsonArray parameters;
            for (const QString &value : dialog.parameters())
                parameters.append(value);
            guard->m_session.outbox()->sendCommand(conversationId, QStringLiteral("message.send"),
                                                   {{QStringLiteral("conversation_id"), conversationId},
                                                    {QStringLiteral("template"),
                                                     QJsonObject{{QStringLiteral("name"), dialog.chosenName()},
                                                                 {QStringLiteral("parameters"), parameters}}}});
        });
}

void WindowActions::sendStatus(const QString &status, qint64 snoozedUntil)
{
    const qint64 conversationId = m_window.threadPane()->conversationId();
    if (!conversationId || !m_session.outbox())
        return;
    settleOn(conversationId);
    QJsonObject args{{QStringLiteral("conversation_id"), conversationId}, {QStringLiteral("status"), status}};
    if (snoozedUntil > 0)
        args.insert(QStringLiteral("snoozed_until"), snoozedUntil);
    m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.status"), args);
}

void WindowActions::toggleAutopilot()
{
    const qint64 conversationId = m_window.threadPane()->conversationId();
    if (!conversationId || !m_session.outbox() || !m_history)
        return;
    const auto conversation = m_history->reader().conversation(conversationId);
    if (!conversation)
        return;
    settleOn(conversationId); // acting in it
    const QString mode = conversation->autopilot == QLatin1String("off") ? QStringLiteral("rules")
                                                                         : QStringLiteral("off");
    m_autopilotLines->asked(conversationId, mode);
    m_autopilotAsks.insert(m_session.outbox()->sendCommand(conversationId, QStringLiteral("conversation.autopilot"),
                                                           {{QStringLiteral("conversation_id"), conversationId},
                                                            {QStringLiteral("mode"), mode}}),
                           conversationId);
}

void WindowActions::followOutbox()
{
    disconnect(m_outboxRefused);
    disconnect(m_outboxAcknowledged);
    sync::OutboxSender *outbox = m_session.outbox();
    if (!outbox)
        return;
    // The autopilot switch refused (nothing set up for it to answer with): the reason in words, under the composer.
    m_outboxRefused =
        connect(outbox, &sync::OutboxSender::refused, this, [this](const QString &clientId, const QString &reason) {
            const qint64 conversationId = m_autopilotAsks.take(clientId);
            if (!conversationId)
                return;
            updateReplyWindow();
            if (conversationId == m_window.threadPane()->conversationId())
                m_window.threadPane()->showComposeNote(tr("The autopilot was not switched on: %1").arg(reason), true);
        });
    m_outboxAcknowledged = connect(outbox, &sync::OutboxSender::acknowledged, this,
                                   [this](const QString &clientId) { m_autopilotAsks.remove(clientId); });
}

void WindowActions::showSearch()
{
    if (!m_search) {
        m_search = new ui::SearchDialog(m_results, &m_window);
        m_search->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_search, &ui::SearchDialog::hitChosen, this, &WindowActions::openAt);
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->queryEdit()->setFocus(Qt::ShortcutFocusReason);
    m_search->queryEdit()->selectAll();
}

void WindowActions::showSearchFor(const QString &text)
{
    showSearch();
    m_search->queryEdit()->setText(text);
    m_search->queryEdit()->selectAll();
    m_search->searchNow();
}

void WindowActions::keepUnread(qint64 conversationId)
{
    m_readAsked.remove(conversationId);
    if (conversationId != m_window.threadPane()->conversationId())
        return;
    m_settle->stop();
    m_settledOn = 0;
}

void WindowActions::openAt(qint64 conversationId, qint64 messageId)
{
    if (!m_history)
        return;
    // The window's current conversation: the list moves to where it is, the thread and lead panel show it.
    m_window.current()->open(conversationId);
    m_messages.showAround(conversationId, messageId);
    // Chosen on purpose (a search hit, a notification): read.
    settleOn(conversationId);
    const int hit = m_messages.rowOf(messageId);
    QListView *thread = m_window.threadPane()->listView();
    if (hit >= 0) {
        const QModelIndex index = m_messages.index(hit);
        thread->setCurrentIndex(index);
        thread->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

void WindowActions::updateBanner()
{
    using Attention = models::ConnectionStatus::Attention;
    using Banner = ui::MainWindow::Banner;
    const models::ConnectionStatus *status = m_session.status();
    switch (status->attention()) {
    case Attention::None:
        m_window.setConnectionBanner(Banner::None, {});
        break;
    case Attention::Offline:
        m_window.setConnectionBanner(Banner::Offline, status->text());
        break;
    case Attention::Reconnecting:
        m_window.setConnectionBanner(
            Banner::Reconnecting,
            tr("%1 Your history stays here; replies wait and go out when the link is back.").arg(status->text()));
        break;
    case Attention::SignedOut:
        m_window.setConnectionBanner(
            Banner::SignedOut, tr("Not signed in. Your history on this computer stays browsable and searchable."));
        break;
    case Attention::AuthFailed:
        m_window.setConnectionBanner(Banner::AuthFailed, status->text());
        break;
    case Attention::Incompatible:
        m_window.setConnectionBanner(Banner::Incompatible, status->text());
        break;
    }
    announceLink();
}

void WindowActions::announceLink()
{
    // Screen readers hear the link go down once, and come back once it is
    // really up again; not each attempt in between, nor a first start.
    using Attention = models::ConnectionStatus::Attention;
    const models::ConnectionStatus *status = m_session.status();
    const Attention attention = status->attention();
    const bool down = attention == Attention::Offline || attention == Attention::Reconnecting
                      || attention == Attention::AuthFailed || attention == Attention::Incompatible;
    if (status->isOnline()) {
        if (m_linkAnnounced == LinkAnnounced::Down)
            m_window.announcer()->announce(tr("Connected again"));
        m_linkAnnounced = LinkAnnounced::Up;
    } else if (down && m_linkAnnounced == LinkAnnounced::Up) {
        m_window.announcer()->announce(m_window.bannerText());
        m_linkAnnounced = LinkAnnounced::Down;
    }
}

void WindowActions::updateAgent()
{
    m_window.conversationPane()->setAgentId(m_session.agentId());
}

} // namespace relaydesk::app
