#pragma once

#include "curator/curatorcommand.h"

#include <QDate>

struct AnalyticsSummary;

/** exhibit-curator analytics: what the kiosk's anonymous visitor analytics
 *  say, as a table, as CSV for a spreadsheet, or as a one-page report. */
class AnalyticsCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int analytics(QStringList args);

private:
    // "--from 2026-11-01": the day; a bad one sets *problem (if not set yet).
    static QDate takeDate(QStringList *args, const QString &option, QString *problem);
    void printTable(const AnalyticsSummary &summary, const QString &source);
    void printCsv(const AnalyticsSummary &summary);
};
