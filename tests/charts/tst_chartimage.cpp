// Charts drawn without a view: images, PNG and vector PDF files written atomically, pictures
// for documents and the clipboard.
#include "../exchange/MinutesFixture.h"
#include "ChartInspect.h"
#include "charts/ChartImage.h"
#include "charts/ChartStyle.h"
#include "charts/ProgrammeCharts.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

class TestChartImage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void renderHasTheSizeAndScale();
    void renderTwiceGivesTheSameImage();
    void pngReadsBack();
    void pdfIsOneVectorPage();
    void missingFolderFailsAndWritesNothing();
    void overwriteLeavesNoTemporaryFile();
    void pictureKeepsTheSize();
    void clipboardGetsTheImage();

private:
    std::unique_ptr<QChart> chart() const;
    QTemporaryDir m_dir;
};

std::unique_ptr<QChart> TestChartImage::chart() const
{
    ProgrammeProgress progress;
    for (int i = 1; i <= 3; ++i) {
        PairingProgress p;
        p.pairingId = i;
        p.code = QStringLiteral("E-0%1").arg(i);
        p.actionsOverdue = i;
        progress.pairings << p;
    }
    return ProgrammeCharts::overdueByPairing(progress, ChartStyle::forPrint());
}

void TestChartImage::init()
{
    QVERIFY(m_dir.isValid());
}

void TestChartImage::renderHasTheSizeAndScale()
{
    const auto c = chart();
    const QImage image = ChartImage::render(c.get(), QSize(400, 250), 2.0);
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    QVERIFY(!c->scene()); // back with its owner, ready to be drawn again
    QVERIFY(ChartInspect::drawsSomething(c.get()));
}

void TestChartImage::renderTwiceGivesTheSameImage()
{
    const auto c = chart();
    QCOMPARE(ChartImage::render(c.get(), QSize(300, 200)),
             ChartImage::render(c.get(), QSize(300, 200)));
}

void TestChartImage::pngReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("overdue.png"));
    const auto c = chart();
    const Status saved = ChartImage::savePng(c.get(), QSize(500, 300), path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), QSize(1000, 600));
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the print style's background
    QVERIFY(image.convertToFormat(QImage::Format_RGB32) !=
            QImage(image.size(), QImage::Format_RGB32));
}

void TestChartImage::pdfIsOneVectorPage()
{
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString path = m_dir.filePath(QStringLiteral("overdue.pdf"));
    const auto c = chart();
    const Status saved = ChartImage::savePdf(c.get(), QSize(640, 400), path, c->title());
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(MinutesFixture::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY(MinutesFixture::pdfInfo(path, QStringLiteral("Page size"))
                .startsWith(QStringLiteral("480 x 300 pts")));
    QCOMPARE(MinutesFixture::pdfInfo(path, QStringLiteral("Title")), c->title());
    // Text stays text: the title and the pairing codes can be read and searched.
    const QString text = MinutesFixture::pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Overdue action items by pairing")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("E-03")));
}

void TestChartImage::missingFolderFailsAndWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("missing"));
    const auto c = chart();
    const Status png =
        ChartImage::savePng(c.get(), QSize(300, 200), folder + QStringLiteral("/a.png"));
    QVERIFY(!png.ok());
    QVERIFY(png.error().contains(QStringLiteral("does not exist")));
    QVERIFY(
        !ChartImage::savePdf(c.get(), QSize(300, 200), folder + QStringLiteral("/a.pdf"), QString())
             .ok());
    QVERIFY(!QFileInfo::exists(folder));
}

void TestChartImage::overwriteLeavesNoTemporaryFile()
{
    const QString path = m_dir.filePath(QStringLiteral("again.png"));
    const auto c = chart();
    QVERIFY(ChartImage::savePng(c.get(), QSize(300, 200), path).ok());
    QVERIFY(ChartImage::savePng(c.get(), QSize(320, 200), path).ok());
    QCOMPARE(QImage(path).size(), QSize(640, 400));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("again*")}, QDir::Files),
             QStringList{QStringLiteral("again.png")});
}

void TestChartImage::pictureKeepsTheSize()
{
    const auto c = chart();
    const QPicture picture = ChartImage::picture(c.get(), QSize(640, 300));
    QCOMPARE(picture.boundingRect(), QRect(0, 0, 640, 300));
    QVERIFY(picture.size() > 1000); // drawing commands, not an empty recording
    // Played back onto an image it draws the chart.
    QImage image(640, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPicture(0, 0, picture);
    painter.end();
    QVERIFY(image != [] {
        QImage blank(640, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        return blank;
    }());
}

void TestChartImage::clipboardGetsTheImage()
{
    const auto c = chart();
    ChartImage::copyToClipboard(c.get(), QSize(300, 200), 1.0);
    QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(300, 200));
}

QTEST_MAIN(TestChartImage)
#include "tst_chartimage.moc"
