#include "ChartImage.h"

#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartImage)
};

// Puts the chart on a scene of its own for as long as it is drawn, laid out at the size.
class Stage
{
public:
    Stage(QChart *chart, const QSize &size) : m_chart(chart)
    {
        Q_ASSERT(!chart->scene());
        m_scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        // The layout is otherwise done on the next pass of the event loop; drawing comes first.
        if (chart->layout())
            chart->layout()->activate();
        m_scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    }
    ~Stage() { m_scene.removeItem(m_chart); } // the chart goes back to its owner

    void draw(QPainter *painter, const QRectF &target)
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        m_scene.render(painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
    }

private:
    QGraphicsScene m_scene;
    QChart *m_chart;
};

Status checkFolder(const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(Text::tr("Cannot write %1: the folder %2 does not exist.")
                                   .arg(QDir::toNativeSeparators(path),
                                        QDir::toNativeSeparators(target.absolutePath())));
    return {};
}

} // namespace

namespace ChartImage {

QImage render(QChart *chart, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(chart->backgroundBrush().color());
    Stage stage(chart, size);
    QPainter painter(&image);
    stage.draw(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

QPicture picture(QChart *chart, const QSize &size)
{
    QPicture picture;
    Stage stage(chart, size);
    QPainter painter(&picture);
    stage.draw(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    picture.setBoundingRect(QRect(QPoint(0, 0), size));
    return picture;
}

Status savePng(QChart *chart, const QSize &size, const QString &path, qreal scale)
{
    if (Status folder = checkFolder(path); !folder)
        return folder;
    const QImage image = render(chart, size, scale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Status::failure(Text::tr("Cannot write %1 as PNG.").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return Status::failure(
            Text::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status savePdf(QChart *chart, const QSize &size, const QString &path, const QString &title)
{
    if (Status folder = checkFolder(path); !folder)
        return folder;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(96); // one logical pixel of the chart is one unit of the page
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("City2City Facilitator"));
        const QSizeF points = QSizeF(size) * 72.0 / 96.0;
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Status::failure(
                Text::tr("Cannot start painting %1.").arg(QDir::toNativeSeparators(path)));
        }
        Stage stage(chart, size);
        stage.draw(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    }
    if (!file.commit())
        return Status::failure(
            Text::tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void copyToClipboard(QChart *chart, const QSize &size, qreal scale)
{
    QGuiApplication::clipboard()->setImage(render(chart, size, scale));
}

} // namespace ChartImage
