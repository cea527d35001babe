#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;

namespace relaydesk::ui {

// A lead's tags as chips that wrap to the panel's width, each with a remove
// button, and a field to add one (Enter adds).
class LeadTags : public QWidget
{
    Q_OBJECT

public:
    explicit LeadTags(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    void setReadOnly(bool readOnly);
    QLineEdit *addField() const { return m_add; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void addRequested(const QString &tag);
    void removeRequested(const QString &tag);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    int layoutChips(int width, bool apply) const;

    QStringList m_tags;
    QList<QWidget *> m_chips;
    QLineEdit *m_add;
    bool m_readOnly = false;
};

} // namespace relaydesk::ui
