#pragma once

#include "entities.h"
#include "notice.h"

#include <QDialog>

#include <map>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace uw {

class Project;

/**
 * Notices to the people a change affects: pick the moment (before, start, done, delayed,
 * rolled back) and the window, adjust the project's wording with a live preview, then copy the
 * text, save an e-mail draft (.eml) or the window as a calendar event (.ics). Saving the
 * wording is one undoable edit of the change; closing the dialog saves unsaved wording too.
 */
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoticeDialog(Project *project, QWidget *parent = nullptr);

    NoticeKind kind() const;
    void setKind(NoticeKind kind);
    /** The notice exactly as the preview shows it. */
    Notice currentNotice() const;
    /** True while the wording in the dialog differs from what the project holds. */
    bool hasUnsavedWording() const;

    void copyAsText();
    void saveAsEml();
    void saveCalendar();
    void resetToDefault();
    /** Stores the wording of every kind in the change; false (with a warning) when it fails. */
    bool saveWording();

    void done(int result) override;

private:
    void fillWindows();
    void showKind();
    void takeEditorText();
    void insertPlaceholder(const QString &name);
    void updatePreview();
    const Window *chosenWindow() const;
    QDateTime expectedEndUtc() const;
    std::map<NoticeKind, NoticeTemplate> ownWording() const;

    Project *m_project;
    std::map<NoticeKind, NoticeTemplate> m_wording;
    NoticeKind m_shownKind = NoticeKind::Before;
    QComboBox *m_kind = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_newEndLabel = nullptr;
    QDateTimeEdit *m_newEnd = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QWidget *m_lastEditor = nullptr;
    QListWidget *m_placeholders = nullptr;
    QLabel *m_unknown = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_saveWording = nullptr;
    QPushButton *m_saveCalendar = nullptr;
};

} // namespace uw
