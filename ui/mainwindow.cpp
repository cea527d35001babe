#include "mainwindow.h"

#include "currentconversation.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/snoozedialog.h"
#include "log.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"
#include "widgets/announcer.h"
#include "widgets/composer.h"

#include "relaydesk/buildinfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace relaydesk::ui {

namespace {
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kSplitterKey = QStringLiteral("window/splitter");
const auto kLeadShownKey = QStringLiteral("window/leadShown");
const auto kPriorityFirstKey = QStringLiteral("list/priorityFirst");
constexpr int kSaveDelayMs = 400;
constexpr int kComposerMinimumWidth = 300;
} // namespace

MainWindow::MainWindow(const Profile &profile, const QUrl &server, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_server(server)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_conversations(new ConversationPane(m_splitter))
    , m_thread(new ThreadPane(m_splitter))
    , m_lead(new LeadPane(m_splitter))
    , m_current(new CurrentConversation(this))
    , m_connectionLabel(new QLabel(this))
    , m_announcer(new Announcer(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerAction(new QPushButton(m_banner))
    , m_saveTimer(new QTimer(this))
{
    m_texts.add([this] { updateTitle(); });
    connect(m_conversations, &ConversationPane::currentShown, this, &MainWindow::updateTitle);
    setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_conversations);
    m_splitter->addWidget(m_thread);
    m_splitter->addWidget(m_lead);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    // Room to write, however narrow the window: the thread's minimum follows
    // from it (with the buttons beside the composer, in every language), and
    // the splitter keeps it.
    m_thread->composer()->setMinimumWidth(kComposerMinimumWidth);
    m_lead->setMinimumWidth(200);

    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_texts.add([this] { m_banner->setAccessibleName(tr("Connection")); });
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerAction);
    connect(m_bannerAction, &QPushButton::clicked, this, [this] {
        if (m_bannerKind == Banner::SignedOut || m_bannerKind == Banner::AuthFailed)
            emit signInRequested();
        else
            emit reconnectRequested();
    });
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // Only the server until the session says more: the window can be up before the sign-in was read.
    m_connectionLabel->setText(m_server.toDisplayString());
    // The status changes while the window is up (signed in, reconnecting, a long server address):
    // it takes the room there is and never makes the window wider than the agent made it.
    m_connectionLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_connectionLabel, 1);

    // Save shortly after the agent stops dragging, so a crash keeps the layout.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, m_saveTimer, qOverload<>(&QTimer::start));

    // Only the agent's own choices in the list change the current conversation.
    connect(m_conversations, &ConversationPane::conversationChosen, m_current, &CurrentConversation::open);

    createMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUnreadTotal(int unread)
{
    unread = std::max(0, unread);
    if (unread == m_unreadTotal)
        return;
    m_unreadTotal = unread;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = m_conversations->currentName();
    const QString title = name.isEmpty() ? tr("Relaydesk") : tr("%1 — Relaydesk", "window title: customer").arg(name);
    setWindowTitle(m_unreadTotal > 0 ? tr("(%1) %2", "window title: unread customer messages, then the title")
                                           .arg(QLocale().toString(m_unreadTotal), title)
                                     : title);
}

QSize MainWindow::defaultSize(const QRect &available)
{
    // The frame and title bar lie outside the size given to resize().
    constexpr int kFrameWidth = 16;
    constexpr int kFrameHeight = 48;
    const QSize roomy(1360, 860);
    return QSize(std::clamp(available.width() - kFrameWidth, 640, roomy.width()),
                 std::clamp(available.height() - kFrameHeight, 480, roomy.height()));
}

void MainWindow::setConnectionStatus(const QString &text)
{
    m_connectionLabel->setText(text);
}

QString MainWindow::bannerText() const
{
    return m_bannerKind == Banner::None ? QString() : m_bannerText->text();
}

void MainWindow::setConnectionBanner(Banner banner, const QString &text)
{
    m_bannerKind = banner;
    if (banner == Banner::None) {
        m_banner->hide();
        return;
    }
    // Calm colours: a note, not an alarm; the palette's own for dark themes.
    QPalette palette = m_banner->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const bool problem = banner == Banner::AuthFailed || banner == Banner::Incompatible;
    const QColor back = problem ? (dark ? QColor(90, 40, 30) : QColor(253, 236, 230))
                                : (dark ? QColor(70, 60, 25) : QColor(255, 246, 214));
    palette.setColor(QPalette::Window, back);
    palette.setColor(QPalette::WindowText, dark ? QColor(245, 240, 230) : QColor(60, 45, 20));
    m_banner->setPalette(palette);
    m_bannerText->setText(text);
    m_banner->setAccessibleDescription(text);
    switch (banner) {
    case Banner::SignedOut:
    case Banner::AuthFailed:
        m_bannerAction->setText(tr("Sign in…"));
        m_bannerAction->show();
        break;
    case Banner::Offline:
    case Banner::Reconnecting:
        m_bannerAction->setText(tr("Try now"));
        m_bannerAction->show();
        break;
    default:
        m_bannerAction->hide();
        break;
    }
    m_bannerAction->setAccessibleName(m_bannerAction->text());
    m_banner->show();
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> actions;
    for (QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                actions.append(action);
        }
    }
    return actions;
}

void MainWindow::setSignedIn(bool signedIn)
{
    m_signIn->setVisible(!signedIn);
    m_signOut->setVisible(signedIn);
}

void MainWindow::setPassphraseChangeAvailable(bool available)
{
    m_changePassphrase->setVisible(available);
}

void MainWindow::createMenus()
{
    // Every menu and action keeps how to name it, for a language switch.
    auto menu = [this](QString (*title)()) {
        QMenu *added = menuBar()->addMenu(QString());
        m_texts.add([added, title] { added->setTitle(title()); });
        return added;
    };
    auto named = [this](QAction *action, QString (*text)()) {
        m_texts.add([action, text] { action->setText(text()); });
        return action;
    };

    QMenu *file = menu([] { return tr("&File"); });
    m_signIn = named(file->addAction(QString(), this, &MainWindow::signInRequested), [] { return tr("&Sign in…"); });
    m_signOut = named(file->addAction(QString(), this, &MainWindow::signOutRequested), [] { return tr("Sign &out"); });
    m_signOut->setVisible(false);
    file->addSeparator();
    named(file->addAction(QString(), this, &MainWindow::exportHistoryRequested), [] { return tr("&Export history…"); });
    m_changePassphrase = named(file->addAction(QString(), this, &MainWindow::changePassphraseRequested),
                               [] { return tr("Change history &passphrase…"); });
    m_changePassphrase->setVisible(false);
    named(file->addAction(QString(), this, &MainWindow::forgetDeviceRequested),
          [] { return tr("&Forget this device…"); });
    file->addSeparator();
    QAction *settings = named(file->addAction(QString(), this, &MainWindow::settingsRequested),
                              [] { return tr("Se&ttings…"); });
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = named(file->addAction(QString(), this, &QWidget::close), [] { return tr("&Quit"); });
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menu([] { return tr("&View"); });
    QAction *toList = named(view->addAction(QString(), this,
                                            [this] { m_conversations->listView()->setFocus(Qt::ShortcutFocusReason); }),
                            [] { return tr("&Conversations"); });
    toList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *toThread = named(view->addAction(QString(), this, [this] { m_thread->setFocus(Qt::ShortcutFocusReason); }),
                              [] { return tr("&Thread"); });
    toThread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *toLead = named(view->addAction(QString(), this,
                                            [this] {
                                                if (!isLeadShown())
                                                    setLeadShown(true);
                                                m_lead->setFocus(Qt::ShortcutFocusReason);
                                            }),
                            [] { return tr("&Lead panel"); });
    toLead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_leadShown = named(view->addAction(QString()), [] { return tr("S&how the lead panel"); });
    m_leadShown->setCheckable(true);
    m_leadShown->setChecked(true);
    m_leadShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_leadShown, &QAction::toggled, this, &MainWindow::setLeadShown);
    m_priorityFirst = named(view->addAction(QString()), [] { return tr("&Urgent conversations first"); });
    m_priorityFirst->setCheckable(true);
    m_priorityFirst->setChecked(m_profile.settings()->value(kPriorityFirstKey, false).toBool());
    m_priorityFirst->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_conversations->setPriorityFirst(m_priorityFirst->isChecked());
    connect(m_priorityFirst, &QAction::toggled, this, [this](bool first) {
        m_conversations->setPriorityFirst(first);
        m_profile.settings()->setValue(kPriorityFirstKey, first);
    });
    view->addSeparator();
    QAction *find = named(view->addAction(QString(), this,
                                          [this] {
                                              m_conversations->filterEdit()->setFocus(Qt::ShortcutFocusReason);
                                              m_conversations->filterEdit()->selectAll();
                                          }),
                          [] { return tr("&Filter conversations by name"); });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *search = named(view->addAction(QString(), this, &MainWindow::searchRequested),
                            [] { return tr("&Search messages…"); });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    view->addSeparator();
    using Status = ConversationPane::Status;
    const std::pair<Status, QString (*)()> statuses[] = {{Status::Open, [] { return tr("Show &open"); }},
                                                         {Status::Pending, [] { return tr("Show &pending"); }},
                                                         {Status::Snoozed, [] { return tr("Show s&noozed"); }},
                                                         {Status::Resolved, [] { return tr("Show &resolved"); }}};
    int key = Qt::Key_1;
    for (const auto &[status, name] : statuses) {
        QAction *action = named(view->addAction(QString(), this,
                                                [this, status = status] { m_conversations->setStatus(status); }),
                                name);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(key++)));
    }

    QMenu *conversation = menu([] { return tr("&Conversation"); });
    m_conversationMenu = conversation;
    QAction *next = named(conversation->addAction(QString(), this, [this] { moveInList(1); }),
                          [] { return tr("&Next conversation"); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *previous = named(conversation->addAction(QString(), this, [this] { moveInList(-1); }),
                              [] { return tr("&Previous conversation"); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    // Reply means a reply to the customer: out of note mode (unless a note is
    // half written: it never turns into a reply by itself), into the text box.
    QAction *reply = named(conversation->addAction(QString(), this,
                                                   [this] {
                                                       m_thread->leaveNoteModeIfEmpty();
                                                       m_thread->composer()->setFocus(Qt::ShortcutFocusReason);
                                                   }),
                           [] { return tr("&Reply"); });
    reply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Ctrl+Shift+N and Ctrl+Shift+G, named by the thread (which also takes them in a popped-out window).
    conversation->addAction(m_thread->noteAction());
    conversation->addAction(m_thread->suggestAction());
    conversation->addSeparator();
    QAction *resolve = named(conversation->addAction(QString(), this, &MainWindow::resolveRequested),
                             [] { return tr("Mark r&esolved"); });
    resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *reopen = named(conversation->addAction(QString(), this, &MainWindow::reopenRequested),
                            [] { return tr("Re&open"); });
    reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *snooze = named(conversation->addAction(QString(), this, &MainWindow::askSnooze),
                            [] { return tr("&Snooze…"); });
    snooze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *autopilot = named(conversation->addAction(QString(), this, &MainWindow::autopilotToggleRequested),
                               [] { return tr("&Autopilot on/off"); });
    autopilot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    conversation->addSeparator();
    QAction *popOut = named(conversation->addAction(QString(), this, &MainWindow::popOutRequested),
                            [] { return tr("Pop out into its own &window"); });
    popOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    for (QAction *action : {resolve, reopen, snooze, autopilot, popOut})
        m_conversationActions.append(action);
    m_resolve = resolve;
    m_reopen = reopen;
    m_snooze = snooze;

    QMenu *help = menu([] { return tr("&Help"); });
    QAction *shortcuts = named(help->addAction(QString(), this, &MainWindow::showShortcuts),
                               [] { return tr("&Keyboard shortcuts"); });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    named(help->addAction(QString(), this, &MainWindow::showAbout), [] { return tr("&About Relaydesk"); });
    setConversationOpen(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        // The banner's button and its own words follow its kind.
        if (m_bannerKind != Banner::None)
            setConnectionBanner(m_bannerKind, m_bannerText->text());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::addConversationAction(QAction *action)
{
    m_conversationActions.append(action);
    action->setEnabled(!m_conversationActions.isEmpty() && m_conversationActions.first()->isEnabled());
}

void MainWindow::setConversationOpen(bool open)
{
    for (QAction *action : std::as_const(m_conversationActions))
        action->setEnabled(open);
}

void MainWindow::moveInList(int step)
{
    QListView *list = m_conversations->listView();
    if (!list->model() || list->model()->rowCount() == 0)
        return;
    const int current = list->currentIndex().isValid() ? list->currentIndex().row() : (step > 0 ? -1 : 0);
    const int row = std::clamp(current + step, 0, list->model()->rowCount() - 1);
    list->setCurrentIndex(list->model()->index(row, 0));
    list->scrollTo(list->currentIndex());
}

void MainWindow::askSnooze()
{
    SnoozeDialog dialog(QDateTime::currentDateTime(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit snoozeRequested(dialog.untilMs());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    const auto settings = m_profile.settings();
    const QByteArray geometry = settings->value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
        const QRect available = where ? where->availableGeometry() : QRect(0, 0, 1280, 720);
        resize(defaultSize(available));
        move(available.center() - rect().center());
    }
    setLeadShown(settings->value(kLeadShownKey, true).toBool());
    const QByteArray state = settings->value(kSplitterKey).toByteArray();
    if (state.isEmpty() || !m_splitter->restoreState(state)) {
        // The thread takes what the list and the lead panel leave.
        const int list = std::max(m_conversations->minimumSizeHint().width(), 300);
        const int lead = 280;
        m_splitter->setSizes({list, std::max(width() - list - lead, m_thread->minimumSizeHint().width()), lead});
    }
}

void MainWindow::setLeadShown(bool shown)
{
    // Focus never stays in a panel that goes.
    if (!shown && m_lead->isAncestorOf(QApplication::focusWidget()))
        m_thread->setFocus(Qt::OtherFocusReason);
    m_lead->setHidden(!shown);
    {
        const QSignalBlocker quiet(m_leadShown);
        m_leadShown->setChecked(shown);
    }
    m_profile.settings()->setValue(kLeadShownKey, shown);
}

bool MainWindow::isLeadShown() const
{
    return !m_lead->isHidden();
}

void MainWindow::saveLayout() const
{
    const auto settings = m_profile.settings();
    settings->setValue(kGeometryKey, saveGeometry());
    settings->setValue(kSplitterKey, m_splitter->saveState());
    settings->sync();
    if (settings->status() != QSettings::NoError)
        qCWarning(lcUi) << "could not save the window layout to the profile settings";
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_saveTimer->stop();
    saveLayout();
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Relaydesk"),
                       tr("<p><b>Relaydesk %1</b></p>"
                          "<p>Answer your customers on WhatsApp, Messenger and web chat "
                          "from one window. History is kept encrypted on this computer.</p>")
                           .arg(QStringLiteral(RELAYDESK_VERSION)));
}

} // namespace relaydesk::ui
