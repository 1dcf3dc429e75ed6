#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

// An inline message above the content, in place of a cascade of message boxes: errors stay
// until dismissed, information fades after a few seconds; an optional action (e.g. Undo).
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text, const QString &actionText = QString(),
              std::function<void()> action = {});
    QString text() const;
    Kind kind() const { return m_kind; }
    // A banner that states a lasting condition (a read-only database) stays until dismissed.
    void setAutoHide(bool autoHide) { m_autoHide = autoHide; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QTimer *m_hideTimer;
    std::function<void()> m_callback;
    Kind m_kind = Kind::Information;
    bool m_autoHide = true;
};
