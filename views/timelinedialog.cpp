#include "timelinedialog.h"

#include "export/tablefile.h"

#include "exportprompt.h"
#include "export/timelineexport.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Funnelscope {

TimelineDialog::TimelineDialog(const QString &workspacePath, const QString &person, QWidget *parent)
    : QDialog(parent)
    , mSummary(new QLabel(tr("Loading the timeline of %1…").arg(person), this))
    , mTree(new QTreeWidget(this))
{
    setWindowTitle(tr("Timeline of %1").arg(person));
    mSummary->setWordWrap(true);
    mTree->setColumnCount(7);
    mTree->setHeaderLabels({tr("Time"), tr("Event"), tr("Id"), tr("Device"), tr("Channel"), tr("Revenue"), tr("Properties")});
    mTree->setAlternatingRowColors(true);
    mTree->setUniformRowHeights(true);
    mTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export Table…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this, person] {
        ExportPrompt::run(this, tr("Export Timeline"), tr("timeline-%1.csv").arg(person), ExportPrompt::tableFilters(),
                          [this](const QString &path) { return exportTo(path); });
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTree, 1);
    layout->addWidget(buttons);
    resize(1000, 600);
    mLoader.start([workspacePath, person](const TaskContext &) {
        const auto workspace = Workspace::open(workspacePath);
        return PersonTimeline::load(workspace->connection(), person);
    }, [this](const Outcome<PersonTimeline> &outcome) { showOutcome(outcome); });
}

TimelineDialog::~TimelineDialog() = default;

void TimelineDialog::showOutcome(const Outcome<PersonTimeline> &outcome)
{
    if (!outcome.ok()) {
        mSummary->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(outcome.error().toHtmlEscaped()));
        Q_EMIT loaded();
        return;
    }
    mTimeline = outcome.value();
    const QLocale locale;
    mSummary->setText(tr("<b>%1</b>: %2 events in %3 sessions. Ids that count for this person: %4.")
                          .arg(mTimeline.person.toHtmlEscaped(), locale.toString(mTimeline.eventCount()),
                               locale.toString(mTimeline.sessions.size()), mTimeline.ids.join(QLatin1String(", ")).toHtmlEscaped()));
    mTree->clear();
    for (qsizetype s = 0; s < mTimeline.sessions.size(); ++s) {
        const QList<TimelineEvent> &session = mTimeline.sessions[s];
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(session.first().ts);
        auto *top = new QTreeWidgetItem(mTree, {tr("Session %1 · %2 · %n events", nullptr, int(session.size()))
                                                    .arg(s + 1)
                                                    .arg(locale.toString(start, QLocale::ShortFormat))});
        top->setFirstColumnSpanned(true);
        for (const TimelineEvent &event : session) {
            QString id = event.id;
            if (!event.anonymousId.isEmpty() && event.anonymousId != event.id)
                id += QStringLiteral(" (%1)").arg(event.anonymousId);
            auto *item = new QTreeWidgetItem(top, {locale.toString(QDateTime::fromMSecsSinceEpoch(event.ts).time(), QStringLiteral("HH:mm:ss")),
                                                   event.event, id, event.device, event.channel,
                                                   event.revenue ? locale.toString(*event.revenue, 'f', 2) : QString(),
                                                   QString::fromUtf8(QJsonDocument(event.properties).toJson(QJsonDocument::Compact))});
            item->setToolTip(6, item->text(6));
        }
    }
    mTree->expandAll();
    Q_EMIT loaded();
}

QString TimelineDialog::exportTo(const QString &path) const
{
    return TableFile::write(path, TimelineExport::table(mTimeline), ExportPrompt::excelCsv());
}

} // namespace Funnelscope
