#include "metricdialog.h"

#include "prometheus.h"

#include "dialogs.h"
#include "enumkeys.h"
#include "keychain.h"
#include "sampleretention.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace uw {
namespace {

enum class TokenSource { None, Environment, Keychain };

/** How long storing a token may take before the keychain counts as not answering. */
constexpr std::chrono::seconds keychainTimeout{20};

enum ThresholdColumn {
    ComparisonColumn,
    ValueColumn,
    RelativeColumn,
    MinutesColumn,
    RollbackColumn
};

QWidget *centred(QWidget *widget)
{
    auto *holder = new QWidget;
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setAlignment(Qt::AlignCenter);
    layout->addWidget(widget);
    return holder;
}

template<class W>
W *cellWidget(const QTableWidget *table, int row, int column)
{
    QWidget *cell = table->cellWidget(row, column);
    if (auto *direct = qobject_cast<W *>(cell))
        return direct;
    return cell ? cell->findChild<W *>() : nullptr;
}

} // namespace

MetricDialog::MetricDialog(const Metric &metric, QWidget *parent)
    : QDialog(parent)
    , m_original(metric)
    , m_name(new QLineEdit(metric.name, this))
    , m_source(new QComboBox(this))
    , m_serverUrl(new QLineEdit(metric.serverUrl, this))
    , m_query(new QComboBox(this))
    , m_tokenSource(new QComboBox(this))
    , m_tokenName(new QLineEdit(this))
    , m_storeToken(new QPushButton(tr("Store Token…"), this))
    , m_tokenStatus(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_unit(new QLineEdit(metric.unit, this))
    , m_key(new QCheckBox(tr("Show in the key metrics strip"), this))
    , m_thresholds(new QTableWidget(0, 5, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(metric.id ? tr("Edit metric") : tr("Add metric"));
    setObjectName(QStringLiteral("metricDialog"));
    m_name->setObjectName(QStringLiteral("metricName"));
    m_source->setObjectName(QStringLiteral("metricSource"));
    m_serverUrl->setObjectName(QStringLiteral("metricServerUrl"));
    m_query->setObjectName(QStringLiteral("metricQuery"));
    m_tokenSource->setObjectName(QStringLiteral("metricTokenSource"));
    m_tokenName->setObjectName(QStringLiteral("metricTokenName"));
    m_storeToken->setObjectName(QStringLiteral("metricStoreToken"));
    m_tokenStatus->setObjectName(QStringLiteral("metricTokenStatus"));
    m_interval->setObjectName(QStringLiteral("metricInterval"));
    m_unit->setObjectName(QStringLiteral("metricUnit"));
    m_key->setObjectName(QStringLiteral("metricKey"));
    m_thresholds->setObjectName(QStringLiteral("metricThresholds"));
    m_problem->setObjectName(QStringLiteral("metricDialogProblem"));

    for (const MetricSource source :
         {MetricSource::LocalMachine, MetricSource::Prometheus, MetricSource::Command})
        m_source->addItem(enumDisplayName(source), QVariant::fromValue(int(source)));
    m_source->setCurrentIndex(m_source->findData(int(metric.source)));
    m_query->setEditable(true);
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->setCurrentText(metric.query);
    m_serverUrl->setPlaceholderText(tr("http://localhost:9090"));
    m_tokenSource->addItem(tr("None"), int(TokenSource::None));
    m_tokenSource->addItem(tr("From an environment variable"), int(TokenSource::Environment));
    m_tokenSource->addItem(tr("From the system keychain"), int(TokenSource::Keychain));
    const TokenSource tokenSource = !metric.tokenKeychainKey.isEmpty() ? TokenSource::Keychain
                                    : !metric.tokenVariable.isEmpty()  ? TokenSource::Environment
                                                                       : TokenSource::None;
    m_tokenSource->setCurrentIndex(m_tokenSource->findData(int(tokenSource)));
    m_tokenName->setText(tokenSource == TokenSource::Keychain ? metric.tokenKeychainKey
                                                              : metric.tokenVariable);
    m_storeToken->setToolTip(
        tr("Type the token once; it is kept in the system keychain, never in the project file"));
    m_tokenStatus->setWordWrap(true);
    m_tokenStatus->hide();
    connect(m_tokenSource, &QComboBox::currentIndexChanged, this, &MetricDialog::updateTokenFields);
    connect(m_storeToken, &QPushButton::clicked, this, &MetricDialog::storeTokenInKeychain);
    m_interval->setRange(1, maxMetricIntervalSeconds);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(metric.intervalSeconds);
    m_retention->setObjectName(QStringLiteral("metricRetention"));
    m_retention->setRange(1, maxSampleRetentionDays);
    connect(m_retention, &QSpinBox::valueChanged, this,
            [this](int days) { m_retention->setSuffix(tr(" day(s)", nullptr, days)); });
    m_retention->setValue(metric.retentionDays);
    m_retention->setSuffix(tr(" day(s)", nullptr, metric.retentionDays));
    m_retention->setToolTip(
        tr("Older samples are dropped as new ones arrive; at most %L1 are kept per metric.")
            .arg(maxSamplesPerMetric));
    m_key->setChecked(metric.key);

    m_thresholds->setHorizontalHeaderLabels(
        {tr("Alert when"), tr("Value"), tr("× baseline"), tr("For (min)"), tr("Rollback trigger")});
    m_thresholds->verticalHeader()->hide();
    m_thresholds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_thresholds->horizontalHeader()->setStretchLastSection(true);
    m_thresholds->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const Threshold &threshold : metric.thresholds)
        addThresholdRow(threshold);
    auto *addThreshold = new QPushButton(tr("Add threshold"), this);
    addThreshold->setObjectName(QStringLiteral("addThreshold"));
    auto *removeThreshold = new QPushButton(tr("Remove threshold"), this);
    removeThreshold->setObjectName(QStringLiteral("removeThreshold"));
    connect(addThreshold, &QPushButton::clicked, this, [this] { addThresholdRow({}); });
    connect(removeThreshold, &QPushButton::clicked, this, [this] {
        if (m_thresholds->currentRow() >= 0)
            m_thresholds->removeRow(m_thresholds->currentRow());
    });

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Server &URL:"), m_serverUrl);
    form->addRow(tr("&Query:"), m_query);
    auto *token = new QHBoxLayout;
    token->addWidget(m_tokenSource);
    token->addWidget(m_tokenName, 1);
    token->addWidget(m_storeToken);
    auto *tokenLabel = new QLabel(tr("Bearer &token:"), this);
    tokenLabel->setBuddy(m_tokenSource);
    form->addRow(tokenLabel, token);
    form->addRow(QString(), m_tokenStatus);
    form->addRow(tr("&Interval:"), m_interval);
    form->addRow(tr("&Keep samples for:"), m_retention);
    form->addRow(tr("U&nit:"), m_unit);
    form->addRow(QString(), m_key);
    auto *thresholdButtons = new QHBoxLayout;
    thresholdButtons->addWidget(addThreshold);
    thresholdButtons->addWidget(removeThreshold);
    thresholdButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("metricDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MetricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MetricDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Thresholds:"), this));
    layout->addWidget(m_thresholds, 1);
    layout->addLayout(thresholdButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 520);

    connect(m_source, &QComboBox::currentIndexChanged, this, &MetricDialog::updateSourceFields);
    updateSourceFields();
}

void MetricDialog::updateSourceFields()
{
    const auto source = MetricSource(m_source->currentData().toInt());
    const bool prometheus = source == MetricSource::Prometheus;
    m_serverUrl->setEnabled(prometheus);
    m_tokenSource->setEnabled(prometheus);
    updateTokenFields();
    const QString query = m_query->currentText();
    m_query->clear();
    switch (source) {
    case MetricSource::LocalMachine:
        m_query->addItems({QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("disk"),
                           QStringLiteral("net_rx"), QStringLiteral("net_tx")});
        m_query->setToolTip(tr("cpu, memory, disk or disk:/path, net_rx or net_tx (optionally "
                               "net_rx:eth0)"));
        break;
    case MetricSource::Prometheus:
        m_query->setToolTip(tr("A PromQL expression, e.g. rate(http_requests_total[5m])"));
        break;
    case MetricSource::Command:
        m_query->setToolTip(tr("A shell command printing one number; it runs only once the "
                               "project's commands are trusted"));
        break;
    }
    m_query->setCurrentText(query);
}

void MetricDialog::updateTokenFields()
{
    const bool prometheus = MetricSource(m_source->currentData().toInt())
                            == MetricSource::Prometheus;
    const auto tokenSource = TokenSource(m_tokenSource->currentData().toInt());
    m_tokenName->setEnabled(prometheus && tokenSource != TokenSource::None);
    m_tokenName->setPlaceholderText(tokenSource == TokenSource::Keychain
                                        ? tr("Name of the keychain entry, e.g. prometheus-prod")
                                        : tr("Name of an environment variable, e.g. PROM_TOKEN"));
    m_storeToken->setVisible(tokenSource == TokenSource::Keychain);
    m_storeToken->setEnabled(prometheus);
}

void MetricDialog::storeTokenInKeychain()
{
    const QString entry = m_tokenName->text().trimmed();
    const auto show = [this](const QString &text, bool problem) {
        m_tokenStatus->setText(text);
        m_tokenStatus->setStyleSheet(problem ? QStringLiteral("color: #a4262c;") : QString());
        m_tokenStatus->show();
    };
    if (entry.isEmpty()) {
        show(tr("Name the keychain entry first."), true);
        return;
    }
    // The token is stored for the server it is meant for, and is only ever sent there.
    const auto [server, problem] = prometheusServer(metric());
    if (!problem.isEmpty()) {
        show(problem, true);
        return;
    }
    const QString origin = serverOrigin(server);
    const QString token = Dialogs::instance()
                              .secret(this, tr("Store token"),
                                      tr("Bearer token for the keychain entry \"%1\", to be sent "
                                         "only to %2:")
                                          .arg(entry, origin));
    if (token.isEmpty())
        return;
    m_storeToken->setEnabled(false);
    show(tr("Storing the token…"), false);
    writeKeychainSecret(originBoundKeychainKey(entry, server), token.toUtf8(), keychainTimeout,
                        this, [this, entry, origin, show](const KeychainAnswer &answer) {
                            m_storeToken->setEnabled(true);
                            if (answer.ok())
                                show(tr("The token is stored in the system keychain as \"%1\", "
                                        "for %2 only.")
                                         .arg(entry, origin),
                                     false);
                            else
                                show(tr("The token was not stored: %1.").arg(answer.error), true);
                        });
}

void MetricDialog::addThresholdRow(const Threshold &threshold)
{
    const int row = m_thresholds->rowCount();
    m_thresholds->insertRow(row);
    auto *comparison = new QComboBox;
    comparison->addItem(tr("above"), int(Threshold::Comparison::Above));
    comparison->addItem(tr("below"), int(Threshold::Comparison::Below));
    comparison->setCurrentIndex(comparison->findData(int(threshold.comparison)));
    auto *value = new QDoubleSpinBox;
    value->setRange(-1e12, 1e12);
    value->setDecimals(3);
    value->setValue(threshold.value);
    auto *relative = new QCheckBox;
    relative->setChecked(threshold.relativeToBaseline);
    relative->setToolTip(tr("The value is a factor of the baseline mean (2 = twice the baseline)"));
    auto *minutes = new QDoubleSpinBox;
    minutes->setRange(0, 24 * 60);
    minutes->setDecimals(1);
    minutes->setValue(threshold.forMinutes);
    auto *rollback = new QCheckBox;
    rollback->setChecked(threshold.rollbackTrigger);
    m_thresholds->setCellWidget(row, ComparisonColumn, comparison);
    m_thresholds->setCellWidget(row, ValueColumn, value);
    m_thresholds->setCellWidget(row, RelativeColumn, centred(relative));
    m_thresholds->setCellWidget(row, MinutesColumn, minutes);
    m_thresholds->setCellWidget(row, RollbackColumn, centred(rollback));
}

Metric MetricDialog::metric() const
{
    Metric metric = m_original;
    metric.name = m_name->text().trimmed();
    metric.source = MetricSource(m_source->currentData().toInt());
    metric.query = m_query->currentText().trimmed();
    const bool prometheus = metric.source == MetricSource::Prometheus;
    metric.serverUrl = prometheus ? m_serverUrl->text().trimmed() : QString();
    const auto tokenSource = TokenSource(m_tokenSource->currentData().toInt());
    const QString tokenName = m_tokenName->text().trimmed();
    metric.tokenVariable = prometheus && tokenSource == TokenSource::Environment ? tokenName
                                                                                 : QString();
    metric.tokenKeychainKey = prometheus && tokenSource == TokenSource::Keychain ? tokenName
                                                                                 : QString();
    metric.intervalSeconds = m_interval->value();
    metric.retentionDays = m_retention->value();
    metric.unit = m_unit->text().trimmed();
    metric.key = m_key->isChecked();
    metric.thresholds.clear();
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        Threshold threshold;
        threshold.comparison = Threshold::Comparison(
            cellWidget<QComboBox>(m_thresholds, row, ComparisonColumn)->currentData().toInt());
        threshold.value = cellWidget<QDoubleSpinBox>(m_thresholds, row, ValueColumn)->value();
        threshold.relativeToBaseline = cellWidget<QCheckBox>(m_thresholds, row, RelativeColumn)
                                           ->isChecked();
        threshold.forMinutes = cellWidget<QDoubleSpinBox>(m_thresholds, row, MinutesColumn)->value();
        threshold.rollbackTrigger = cellWidget<QCheckBox>(m_thresholds, row, RollbackColumn)
                                        ->isChecked();
        metric.thresholds.append(threshold);
    }
    return metric;
}

QString MetricDialog::problem() const
{
    const Metric edited = metric();
    if (edited.name.isEmpty())
        return tr("Give the metric a name.");
    if (edited.query.isEmpty())
        return tr("Enter the query: what to measure.");
    if (edited.source == MetricSource::Prometheus
        && TokenSource(m_tokenSource->currentData().toInt()) != TokenSource::None
        && m_tokenName->text().trimmed().isEmpty())
        return tr("Name the environment variable or keychain entry that holds the token.");
    if (edited.source == MetricSource::Prometheus)
        return prometheusServer(edited).second;
    return {};
}

void MetricDialog::accept()
{
    const QString message = problem();
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (message.isEmpty())
        QDialog::accept();
}

} // namespace uw
