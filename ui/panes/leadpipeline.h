#pragma once

#include <QRect>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace relaydesk::ui {

// A lead's stage as a pipeline: one named pill per stage of the workspace,
// in order and wrapped onto as many lines as the width needs, the stages
// reached filled and the current one outlined. Click a pill or use
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

    // Where each stage's pill is now (for tests and accessibility).
    QVector<QRect> stageRects() const { return pills(width()); }

    // How a stage id reads for a person ("proposal" → "Proposal").
    static QString title(const QString &stage);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // As a click on a stage: moves the lead there (read-only: nothing).
    void chooseStage(int index) { choose(index); }
    bool isReadOnly() const { return m_readOnly; }

    // Screen readers meet the stages as a slider: its value is the stage's
    // place in the pipeline, its description says the stage's name, and
    // setting the value chooses that stage (installed once, by the first
    // pipeline made).
    static void installAccessibility();

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
    // Where each stage's pill goes at `width`.
    QVector<QRect> pills(int width) const;
    QFont pillFont(bool current) const;
    int segmentAt(const QPoint &point) const;
    void choose(int index);
    void updateAccessibleText();

    QStringList m_stages;
    QString m_current;
    bool m_readOnly = false;
};

} // namespace relaydesk::ui
