#pragma once

#include "appearance/retranslator.h"
#include "models/contactfields.h"

#include <QWidget>

#include <array>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relaydesk::models {
class LeadModel;
}

namespace relaydesk::ui {

// The customer's name, e-mail and phone in the lead panel, editable. Enter or
// leaving a field saves it (`contact.update` through the model's outbox),
// once it passes the server's checks: otherwise the reason shows in words
// under it and nothing is sent. Escape puts back what is saved. A change
// shows at once as pending; a refused one shows both versions to choose
// from, or the server's reason.
class LeadContact : public QWidget
{
    Q_OBJECT

public:
    using Field = models::ContactFields::Field;

    explicit LeadContact(QWidget *parent = nullptr);

    // Not owned; the lead panel calls refresh() when it changes.
    void setModel(models::LeadModel *model) { m_model = model; }
    void refresh();

    // The controls, for tests and the panel's tab order.
    QLineEdit *field(Field field) const { return m_rows.at(index(field)).edit; }
    QLabel *problemLabel(Field field) const { return m_rows.at(index(field)).problem; }
    QLabel *statusLabel() const { return m_status; }
    QFrame *refusalBox() const { return m_refusal; }
    QLabel *refusalText() const { return m_refusalText; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QList<QWidget *> tabOrder() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        Field field = Field::Name;
        QLineEdit *edit = nullptr;
        QLabel *problem = nullptr;
        QString shown; // the value the model shows, what Escape puts back
    };
    static int index(Field field) { return int(field); }
    void save(Row &row);
    void showProblem(Row &row, const QString &problem);
    void refreshRefusal();

    models::LeadModel *m_model = nullptr;
    std::array<Row, 3> m_rows;
    qint64 m_contactId = 0; // whose details the fields hold
    QLabel *m_status;
    QFrame *m_refusal;
    QLabel *m_refusalText;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    Retranslator m_texts;
};

} // namespace relaydesk::ui
