// The style's standard icons are made when first drawn (DeferredIconStyle):
// building the window, whose menu bar asks for its overflow icon, reads no
// image file and so loads no image format plug-in before the first frame;
// the icons, once drawn, are the base style's own, mirrored right to left,
// at the screen's density, and still draw after the style that made them
// is gone.

#include "appearance/appearance.h"
#include "appearance/deferrediconstyle.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace relaydesk::ui;

namespace {

// Image format plug-ins this process has loaded, from its memory map.
QStringList loadedImagePlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(no /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/")) {
            const QString path = QString::fromUtf8(line.mid(line.indexOf('/')));
            if (!found.contains(path))
                found.append(path);
        }
    }
    return found;
}

QImage drawn(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIcons : public QObject
{
    Q_OBJECT

private slots:
    // First, in a process that has read no image yet.
    void theWindowIsBuiltAndShownWithoutImagePlugins()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the process's memory map, which only Linux has as a file");
#endif
        QVERIFY2(loadedImagePlugins().isEmpty(), qPrintable(loadedImagePlugins().join(QLatin1Char(' '))));
        const QPalette before = QApplication::palette();
        Appearance::instance().setTheme(Theme::System);
        QVERIFY(qobject_cast<DeferredIconStyle *>(QApplication::style()));
        // The system's palette stays as it was: nothing but the icons changes.
        QCOMPARE(QApplication::palette(), before);

        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("File"));
        window.addToolBar(QStringLiteral("Tools"))->addAction(QStringLiteral("Reply"));
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.grab().isNull());
        QVERIFY2(loadedImagePlugins().isEmpty(), qPrintable(loadedImagePlugins().join(QLatin1Char(' '))));

        // Set once: asked again, the style stays the one installed.
        QStyle *installed = QApplication::style();
        Appearance::instance().setTheme(Theme::System);
        QCOMPARE(QApplication::style(), installed);
    }

    void iconsAreTheBaseStylesOwn_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("dialog ok") << int(QStyle::SP_DialogOkButton);
        QTest::newRow("warning") << int(QStyle::SP_MessageBoxWarning);
        QTest::newRow("close") << int(QStyle::SP_TitleBarCloseButton);
    }

    void iconsAreTheBaseStylesOwn()
    {
        QFETCH(int, which);
        const auto pixmap = QStyle::StandardPixmap(which);
        std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        const QIcon mine = deferred.standardIcon(pixmap);
        const QIcon theirs = base->standardIcon(pixmap);
        QVERIFY(!theirs.isNull());
        QVERIFY(!mine.isNull());
        QCOMPARE(mine.availableSizes(), theirs.availableSizes());
        QCOMPARE(mine.actualSize(QSize(16, 16)), theirs.actualSize(QSize(16, 16)));
        QCOMPARE(drawn(mine), drawn(theirs));
    }

    // In a right-to-left layout the arrow points the other way, as the
    // base style draws it, whether the direction is the application's or
    // the style option's.
    void rightToLeftIsKept()
    {
        {
            std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
            DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
            const QImage mine = drawn(deferred.standardIcon(QStyle::SP_ArrowBack));
            const QImage theirs = drawn(base->standardIcon(QStyle::SP_ArrowBack));
            QGuiApplication::setLayoutDirection(Qt::LeftToRight);
            QCOMPARE(mine, theirs);
            QVERIFY(mine != drawn(base->standardIcon(QStyle::SP_ArrowBack)));
        }
        std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        QStyleOption rtl;
        rtl.direction = Qt::RightToLeft;
        QStyleOption ltr;
        ltr.direction = Qt::LeftToRight;
        const QImage back = drawn(deferred.standardIcon(QStyle::SP_ArrowBack, &ltr));
        const QImage backRtl = drawn(deferred.standardIcon(QStyle::SP_ArrowBack, &rtl));
        QVERIFY(back != backRtl);
        QCOMPARE(back, drawn(base->standardIcon(QStyle::SP_ArrowBack, &ltr)));
        QCOMPARE(backRtl, drawn(base->standardIcon(QStyle::SP_ArrowBack, &rtl)));
    }

    // On a screen of twice the density: the same pixmap as the base
    // style's, as large in device pixels, not twice as large again.
    void aDenserScreenGetsTheBaseStylesPixmap()
    {
        std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("Fusion")));
        DeferredIconStyle deferred(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPixmap mine = deferred.standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16), 2.0);
        const QPixmap theirs = base->standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(mine.size(), theirs.size());
        QCOMPARE(mine.devicePixelRatio(), theirs.devicePixelRatio());
        QCOMPARE(mine.toImage().convertToFormat(QImage::Format_ARGB32),
                 theirs.toImage().convertToFormat(QImage::Format_ARGB32));
    }

    // A theme chosen replaces the style; icons it handed out still draw,
    // from the style in place then.
    void iconsOutliveTheirStyle()
    {
        QIcon icon;
        {
            DeferredIconStyle gone(QStyleFactory::create(QStringLiteral("Fusion")));
            icon = gone.standardIcon(QStyle::SP_DialogOkButton);
        }
        QVERIFY(!icon.isNull());
        QCOMPARE(drawn(icon), drawn(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton)));
    }
};

QTEST_MAIN(TestDeferredIcons)
#include "tst_deferredicons.moc"
