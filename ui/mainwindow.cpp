#include "mainwindow.h"

#include "log.h"
#include "panes/conversationpane.h"
#include "panes/leadpane.h"
#include "panes/threadpane.h"

#include "relaydesk/buildinfo.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace relaydesk::ui {

namespace {
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kSplitterKey = QStringLiteral("window/splitter");
constexpr int kSaveDelayMs = 400;
} // namespace

MainWindow::MainWindow(const Profile &profile, const QUrl &server, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_server(server)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_conversations(new ConversationPane(m_splitter))
    , m_thread(new ThreadPane(m_splitter))
    , m_lead(new LeadPane(m_splitter))
    , m_connectionLabel(new QLabel(this))
    , m_saveTimer(new QTimer(this))
{
    setWindowTitle(tr("Relaydesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relaydesk.svg")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_conversations);
    m_splitter->addWidget(m_thread);
    m_splitter->addWidget(m_lead);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_conversations->setMinimumWidth(220);
    m_thread->setMinimumWidth(320);
    m_lead->setMinimumWidth(200);
    setCentralWidget(m_splitter);

    m_connectionLabel->setText(tr("Not signed in · %1").arg(m_server.toDisplayString()));
    statusBar()->addWidget(m_connectionLabel, 1);

    // Save shortly after the agent stops dragging, so a crash keeps the layout.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, m_saveTimer, qOverload<>(&QTimer::start));

    createMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionStatus(const QString &text)
{
    m_connectionLabel->setText(text);
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
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_signIn = file->addAction(tr("&Sign in…"), this, &MainWindow::signInRequested);
    m_signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    m_signOut->setVisible(false);
    file->addSeparator();
    file->addAction(tr("&Export history…"), this, &MainWindow::exportHistoryRequested);
    m_changePassphrase = file->addAction(tr("Change history &passphrase…"), this,
                                         &MainWindow::changePassphraseRequested);
    m_changePassphrase->setVisible(false);
    file->addAction(tr("&Forget this device…"), this, &MainWindow::forgetDeviceRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toList = view->addAction(tr("&Conversations"), this, [this] {
        m_conversations->listView()->setFocus(Qt::ShortcutFocusReason);
    });
    toList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *toThread = view->addAction(tr("&Thread"), this, [this] {
        m_thread->setFocus(Qt::ShortcutFocusReason);
    });
    toThread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *toLead = view->addAction(tr("&Lead panel"), this, [this] {
        m_lead->setFocus(Qt::ShortcutFocusReason);
    });
    toLead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QAction *find = view->addAction(tr("&Filter conversations"), this, [this] {
        m_conversations->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_conversations->filterEdit()->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Relaydesk"), this, &MainWindow::showAbout);
}

void MainWindow::restoreLayout()
{
    const auto settings = m_profile.settings();
    const QByteArray geometry = settings->value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 760);
    const QByteArray state = settings->value(kSplitterKey).toByteArray();
    if (state.isEmpty() || !m_splitter->restoreState(state))
        m_splitter->setSizes({300, 600, 300});
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
