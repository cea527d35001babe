#pragma once

#include <QStringList>
#include <QWidget>

namespace relaydesk::ui {

// A lead's stage as a pipeline: one segment per stage of the workspace, the
// stages reached filled, the current one named below. Click a segment or use
// Left/Right (Home/End) to choose a stage.
class LeadPipeline : public QWidget
{
    Q_OBJECT

public:
    explicit LeadPipeline(QWidget *parent = nullptr);

    void setStages(const QStringList &stages);
    QStringList stages() const { return m_stages; }
    void setCurrent(const QString &stage);
    QString current() const { return m_current; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // How a stage id reads for a person ("proposal" → "Proposal").
    static QString title(const QString &stage);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The agent chose a stage (not emitted for setCurrent()).
    void stageChosen(const QString &stage);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void retranslate();
    QRect segmentRect(int index) const;
    int segmentAt(const QPoint &point) const;
    void choose(int index);
    void updateAccessibleText();

    QStringList m_stages;
    QString m_current;
    bool m_readOnly = false;
};

} // namespace relaydesk::ui
