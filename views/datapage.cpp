#include "datapage.h"

#include "exportprompt.h"

#include "analysis/importremover.h"
#include "analysis/localcalendar.h"

#include "itemmodels/eventtypesmodel.h"
#include "itemmodels/importsmodel.h"
#include "export/rejectedrowsexport.h"
#include "store/annotations.h"
#include "store/importlog.h"
#include "store/workspace.h"
#include "store/identitysummary.h"
#include "store/workspacesummary.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QMessageBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Funnelscope {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

} // namespace

DataPage::DataPage(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mTypesModel(new EventTypesModel(this))
    , mImportsModel(new ImportsModel(this))
{
    QFont titleFont = mTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    mTitle->setFont(titleFont);

    auto *importButton = new QPushButton(tr("Import events…"), this);
    connect(importButton, &QPushButton::clicked, this, &DataPage::importRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(mTitle);
    header->addStretch();
    header->addWidget(importButton);

    auto *figures = new QFrame(this);
    figures->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(figures);
    grid->setHorizontalSpacing(32);
    mEvents = addFigure(grid, 0, 0, tr("Events"));
    mUsers = addFigure(grid, 0, 1, tr("People"));
    mTypes = addFigure(grid, 0, 2, tr("Event types"));
    mFirst = addFigure(grid, 0, 3, tr("First event"));
    mLast = addFigure(grid, 0, 4, tr("Last event"));
    // How ids became people (funnelscope identities prints the same).
    grid->setRowMinimumHeight(2, grid->verticalSpacing() + 8);
    mKnownUsers = addFigure(grid, 3, 0, tr("Known users"));
    mAnonymousIds = addFigure(grid, 3, 1, tr("Anonymous ids"));
    mLinkedIds = addFigure(grid, 3, 2, tr("Linked to a known user"));
    mConflicts = addFigure(grid, 3, 3, tr("Shared devices"));
    mConflicts->setToolTip(tr("Anonymous ids seen with several known users (a family laptop): each stays a person of its own"));
    mMoved = addFigure(grid, 3, 4, tr("Events joined to a person"));
    mMoved->setToolTip(tr("Events carrying an anonymous id that now count for the known user it was linked to"));
    mStitching = new QLabel(figures);
    mStitching->setWordWrap(true);
    mStitching->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(mStitching, 5, 0, 1, 6);
    grid->setColumnStretch(5, 1);

    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(mTypesModel);
    sorted->setSortRole(Qt::UserRole);
    mTypesView = makeTable(sorted, this);
    mTypesView->setAccessibleName(tr("Event types"));
    mTypesView->setSortingEnabled(true);
    mTypesView->sortByColumn(EventTypesModel::Count, Qt::DescendingOrder);
    mTypesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    mImportsView = makeTable(mImportsModel, this);
    mImportsView->setAccessibleName(tr("Imports"));
    mImportsView->horizontalHeader()->setSectionResizeMode(ImportsModel::File,
                                                            QHeaderView::Stretch);

    mRemoveButton = new QPushButton(tr("Remove Import…"), this);
    mRemoveButton->setToolTip(tr("Remove the selected import with all its events"));
    mExportRejectedButton = new QPushButton(tr("Export Rejected Rows…"), this);
    mExportRejectedButton->setToolTip(tr("Save the selected import's rejected rows, with their line "
                                         "and reason, as CSV"));
    connect(mRemoveButton, &QPushButton::clicked, this, &DataPage::removeImport);
    connect(mExportRejectedButton, &QPushButton::clicked, this, &DataPage::exportRejectedRows);
    connect(mImportsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::updateButtons);
    connect(&mTask, &WorkerBase::busyChanged, this, &DataPage::updateButtons);
    auto *importsBox = new QWidget(this);
    auto *importsLayout = new QVBoxLayout(importsBox);
    importsLayout->setContentsMargins(0, 0, 0, 0);
    importsLayout->addWidget(mImportsView);
    auto *importButtons = new QHBoxLayout;
    importButtons->addStretch();
    importButtons->addWidget(mExportRejectedButton);
    importButtons->addWidget(mRemoveButton);
    importsLayout->addLayout(importButtons);
    updateButtons();

    // Annotations: what happened on which days, as every time axis shows it.
    mAnnotations = new QTableWidget(0, 3, this);
    mAnnotations->setAccessibleName(tr("Annotations"));
    mAnnotations->setObjectName(QStringLiteral("annotations"));
    mAnnotations->setHorizontalHeaderLabels({tr("Days"), tr("Category"), tr("What happened")});
    mAnnotations->setSelectionBehavior(QAbstractItemView::SelectRows);
    mAnnotations->setSelectionMode(QAbstractItemView::SingleSelection);
    mAnnotations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mAnnotations->verticalHeader()->hide();
    mAnnotations->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mAnnotations->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mAnnotations->horizontalHeader()->setStretchLastSection(true);
    auto *addAnnotationButton = new QPushButton(tr("Add Annotation…"), this);
    mRemoveAnnotationButton = new QPushButton(tr("Remove"), this);
    mRemoveAnnotationButton->setEnabled(false);
    connect(addAnnotationButton, &QPushButton::clicked, this, [this] { Q_EMIT annotationAddRequested(mLastDay.isValid() ? mLastDay : QDate::currentDate()); });
    connect(mRemoveAnnotationButton, &QPushButton::clicked, this, [this] {
        const int row = mAnnotations->currentRow();
        if (row >= 0)
            Q_EMIT annotationRemoveRequested(mAnnotations->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(mAnnotations, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemoveAnnotationButton->setEnabled(!mAnnotations->selectedItems().isEmpty()); });
    auto *annotationsBox = new QWidget(this);
    auto *annotationsLayout = new QVBoxLayout(annotationsBox);
    annotationsLayout->setContentsMargins(0, 0, 0, 0);
    annotationsLayout->addWidget(mAnnotations);
    auto *annotationButtons = new QHBoxLayout;
    annotationButtons->addStretch();
    annotationButtons->addWidget(addAnnotationButton);
    annotationButtons->addWidget(mRemoveAnnotationButton);
    annotationsLayout->addLayout(annotationButtons);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(titled(tr("Imports"), importsBox, right));
    right->addWidget(titled(tr("Annotations"), annotationsBox, right));
    right->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(titled(tr("Events by type"), mTypesView, splitter));
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(figures);
    layout->addWidget(splitter, 1);
}

QLabel *DataPage::addFigure(QGridLayout *grid, int row, int column, const QString &caption)
{
    auto *captionLabel = new QLabel(caption, grid->parentWidget());
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(QStringLiteral("–"), grid->parentWidget());
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(captionLabel, row, column);
    grid->addWidget(value, row + 1, column);
    return value;
}

const ImportRecord *DataPage::selectedImport() const
{
    const QModelIndexList rows = mImportsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &mImportsModel->imports().at(rows.first().row());
}

void DataPage::updateButtons()
{
    const ImportRecord *record = selectedImport();
    const bool idle = !mTask.isBusy();
    mRemoveButton->setEnabled(idle && record);
    mExportRejectedButton->setEnabled(idle && record && record->counts.rejected > 0);
}

void DataPage::removeImport()
{
    const ImportRecord *record = selectedImport();
    if (!record)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Import"),
        tr("Remove “%1” and its %2 events from this workspace? Reports will no longer include them.")
            .arg(record->source.fileName, QLocale().toString(record->counts.imported)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    mTask.start([path = mWorkspacePath, id = record->id](const TaskContext &) {
        const auto workspace = Workspace::open(path);
        ImportRemover::remove(workspace->connection(), id);
        return QString();
    }, [this](const Outcome<QString> &outcome) {
        if (!outcome.ok())
            QMessageBox::warning(this, tr("Remove Import"), outcome.error());
        Q_EMIT workspaceChanged();
    });
    updateButtons();
}

void DataPage::exportRejectedRows()
{
    const ImportRecord *record = selectedImport();
    if (!record)
        return;
    const QString suggested = QFileInfo(record->source.fileName).completeBaseName()
        + tr("-rejected") + QStringLiteral(".csv");
    const QString target = ExportPrompt::askPath(this, tr("Export Rejected Rows"), suggested, ExportPrompt::tableFilters());
    if (target.isEmpty())
        return;
    mTask.start([path = mWorkspacePath, id = record->id, target, excelCsv = ExportPrompt::excelCsv()](const TaskContext &) {
        const auto workspace = Workspace::open(path);
        return RejectedRowsExport::write(workspace->connection(), id, target, excelCsv); // why not, or empty
    }, [this](const Outcome<QString> &outcome) {
        const QString error = outcome.ok() ? outcome.value() : outcome.error();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export Rejected Rows"), error);
    });
    updateButtons();
}

void DataPage::setAnnotations(const QList<Annotation> &annotations)
{
    const QTimeZone zone = LocalCalendar::zoneNamed(mTimezone);
    const QLocale locale;
    mAnnotations->setRowCount(0);
    for (const Annotation &annotation : std::as_const(annotations)) {
        const QDate first = annotation.firstDay(zone);
        const QDate last = annotation.lastDay(zone);
        const int row = mAnnotations->rowCount();
        mAnnotations->insertRow(row);
        auto *days = new QTableWidgetItem(first == last ? locale.toString(first, QLocale::ShortFormat)
                                                        : tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                                            locale.toString(last, QLocale::ShortFormat)));
        days->setData(Qt::UserRole, annotation.id);
        auto *category = new QTableWidgetItem(Annotations::categoryName(annotation.category));
        category->setForeground(QColor(annotation.shownColour()));
        mAnnotations->setItem(row, 0, days);
        mAnnotations->setItem(row, 1, category);
        mAnnotations->setItem(row, 2, new QTableWidgetItem(annotation.text));
    }
    mRemoveAnnotationButton->setEnabled(false);
}

void DataPage::setSummary(const WorkspaceSummary &summary)
{
    mWorkspacePath = summary.path;
    mTimezone = summary.timezone.toUtf8();
    mLastDay = summary.last.isValid() ? summary.last.date() : QDate();
    const QLocale locale;
    mTitle->setText(tr("Data in %1").arg(summary.name));
    mEvents->setText(locale.toString(summary.events));
    mUsers->setText(locale.toString(summary.users));
    const IdentitySummary &ids = summary.identities;
    mKnownUsers->setText(locale.toString(ids.knownUsers));
    mAnonymousIds->setText(locale.toString(ids.anonymousIds));
    mLinkedIds->setText(locale.toString(ids.linkedIds));
    mConflicts->setText(locale.toString(ids.conflicts));
    mMoved->setText(locale.toString(ids.movedShare() * 100, 'f', 1) + locale.percent());
    mStitching->setText(ids.stitching
                            ? tr("Reports count people: a known user together with every anonymous id linked to "
                                 "them, before and after they logged in; an anonymous id never linked is a person "
                                 "of its own. Turn this off in Preferences to count ids instead.")
                            : tr("Identity stitching is off (Preferences): every id counts as a person of its "
                                 "own, anonymous visits apart from the logins they led to."));
    mTypes->setText(locale.toString(qint64(summary.eventTypes.size())));
    const auto date = [&locale](const QDateTime &when) {
        return when.isValid() ? locale.toString(when.date(), QLocale::ShortFormat)
                              : QStringLiteral("–");
    };
    mFirst->setText(date(summary.first));
    mLast->setText(date(summary.last));
    mTypesModel->setEventTypes(summary.eventTypes);
    mImportsModel->setImports(summary.imports);
    mImportsView->resizeColumnsToContents();
    // The event-type table is as wide as its contents, so no name is cut.
    mTypesView->resizeColumnsToContents();
    int width = mTypesView->frameWidth() * 2 + 4;
    for (int column = 0; column < mTypesModel->columnCount(); ++column)
        width += mTypesView->columnWidth(column);
    mTypesView->setMinimumWidth(width + mTypesView->verticalScrollBar()->sizeHint().width());
}

} // namespace Funnelscope
