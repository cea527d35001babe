#pragma once

// When a WhatsApp or Messenger conversation's 24-hour window is closed, only
// an approved template may go: the agent picks one, fills its parameters and
// sees the message as the customer will read it.

#include "net/apiclient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QLineEdit;
class QVBoxLayout;

namespace relaydesk::ui {

class TemplateDialog : public QDialog
{
    Q_OBJECT

public:
    TemplateDialog(const QVector<net::TemplateInfo> &templates, QWidget *parent = nullptr);

    QString chosenName() const;
    QStringList parameters() const;
    // The body with the parameters in place.
    QString preview() const;

    QListWidget *list() const { return m_list; }
    QList<QLineEdit *> parameterEdits() const { return m_edits; }

private:
    void showTemplate(int row);
    void refresh();

    QVector<net::TemplateInfo> m_templates;
    QListWidget *m_list;
    QVBoxLayout *m_parameterLayout;
    QList<QLineEdit *> m_edits;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace relaydesk::ui
