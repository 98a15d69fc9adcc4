#pragma once

#include "entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace uw {

/**
 * Adds or edits one metric: where its values come from, how often, its unit, whether it is a
 * key metric and its thresholds. The dialog only edits a copy; the caller turns the result
 * into an undoable edit.
 */
class MetricDialog : public QDialog
{
    Q_OBJECT

public:
    /** metric.id == 0 adds a new metric. */
    explicit MetricDialog(const Metric &metric, QWidget *parent = nullptr);

    /** The metric as edited; baseline and id as given. */
    Metric metric() const;

    void accept() override;

private:
    void addThresholdRow(const Threshold &threshold);
    void updateSourceFields();
    void updateTokenFields();
    /** Asks for the token and stores it in the system keychain under the entry named. */
    void storeTokenInKeychain();
    /** Why the input cannot be saved, naming the field; empty when it can. */
    QString problem() const;

    Metric m_original;
    QLineEdit *m_name;
    QComboBox *m_source;
    QLineEdit *m_serverUrl;
    QComboBox *m_query;
    /** Where the bearer token comes from: none, an environment variable or the keychain. */
    QComboBox *m_tokenSource;
    /** The environment variable's or the keychain entry's name. */
    QLineEdit *m_tokenName;
    QPushButton *m_storeToken;
    QLabel *m_tokenStatus;
    QSpinBox *m_interval;
    QSpinBox *m_retention;
    QLineEdit *m_unit;
    QCheckBox *m_key;
    QTableWidget *m_thresholds;
    QLabel *m_problem;
};

} // namespace uw
