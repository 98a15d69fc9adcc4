#pragma once

#include "entities.h"
#include "page.h"
#include "project.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace uw {

class TextCommit;

/** What the change is and why: the first thing a reviewer reads. Every field is undoable. */
class ChangePage : public Page
{
    Q_OBJECT

public:
    explicit ChangePage(QWidget *parent = nullptr);
    ~ChangePage() override;

    void setProject(Project *project) override;
    QString title() const override { return tr("Change"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/change.svg")); }

private:
    template<class E>
    QComboBox *createEnumCombo(const QString &objectName, E Change::*field,
                               const QString &fieldName);
    static QString setFieldText(const QString &fieldName, const QString &value);
    void refresh();
    void commit(const QString &text, const Change &change, bool mergeWithTyping);
    void commitText(const QString &text, QString Change::*field, const QString &value);
    static bool changesWhatIsShown(const DocumentChange &change);

    Project *m_project = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_rollout = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_scope = nullptr;
    QPushButton *m_notices = nullptr;
    /** Title, purpose, from and to, in that order. */
    QList<TextCommit *> m_typing;
};

} // namespace uw
