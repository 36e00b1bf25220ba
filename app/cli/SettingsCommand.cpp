#include "SettingsCommand.h"
#include "CliText.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "TextTable.h"

#include "config/EffectiveSettings.h"
#include "config/SettingKeys.h"
#include "store/RelabelRepository.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leaselink::cli {

QString SettingsCommand::summary()
{
    return CliText::tr("  settings show [--json]\n"
                       "      Show every setting, its value and whether the configuration\n"
                       "      file forces it.\n"
                       "  settings set KEY VALUE\n"
                       "      Change one setting, e.g. 'settings set sync_ip_addresses true'.\n");
}

int SettingsCommand::run(CliContext &context, QStringList args)
{
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == QLatin1String("show"))
        return show(context, args);
    if (action == QLatin1String("set"))
        return set(context, args);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.output().out() << "Usage:\n" << summary();
        return action.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    context.output().error(
        CliText::tr("unknown settings command '%1' (expected show or set)").arg(action));
    return ExitCode::Usage;
}

int SettingsCommand::show(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("settings show [--json]"));
    line.addOption(QCommandLineOption(QStringLiteral("json"), CliText::tr("Print JSON.")));
    if (const auto stop = line.parseOrStop(context.output(), args, 0, 0))
        return *stop;
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    const auto stored = SettingsRepository(*database).get();
    if (!stored) {
        context.output().error(stored.error().message);
        return ExitCode::DataError;
    }
    const EffectiveSettings settings(*stored, context.configOverrides());

    if (line.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &key : SettingKeys::all()) {
            QJsonObject entry{
                {QStringLiteral("key"), key.name},
                {QStringLiteral("value"),
                 SettingKeys::valueText(settings.effective(), key.name).value_or(QString())},
                {QStringLiteral("default"), key.defaultText}};
            if (const auto forced = settings.overrideOf(key.name)) {
                entry.insert(QStringLiteral("overridden_by"), forced->sourcePath);
                entry.insert(
                    QStringLiteral("stored_value"),
                    SettingKeys::valueText(settings.stored(), key.name).value_or(QString()));
            }
            array.append(entry);
        }
        context.output().out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return ExitCode::Ok;
    }

    TextTable table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("DEFAULT"),
                     QStringLiteral("NOTE")});
    for (const auto &key : SettingKeys::all()) {
        const QString value =
            SettingKeys::valueText(settings.effective(), key.name).value_or(QString());
        QString note;
        if (const auto forced = settings.overrideOf(key.name)) {
            note =
                CliText::tr("forced by %1 (stored: %2)")
                    .arg(forced->sourcePath,
                         SettingKeys::valueText(settings.stored(), key.name).value_or(QString()));
        } else if (!key.hasDesktopEffect) {
            note = CliText::tr("kept for parity; no effect in LeaseLink");
        }
        table.addRow({key.name, value.isEmpty() ? QStringLiteral("(none)") : value,
                      key.defaultText.isEmpty() ? QStringLiteral("(none)") : key.defaultText,
                      note});
    }
    context.output().out() << table.render();
    return ExitCode::Ok;
}

int SettingsCommand::set(CliContext &context, const QStringList &args)
{
    CommandLine line(QStringLiteral("settings set KEY VALUE"));
    if (auto problem = line.parse(args, 2, 2)) {
        context.output().error(*problem);
        return ExitCode::Usage;
    }
    if (line.helpRequested()) {
        QString keys;
        for (const auto &key : SettingKeys::all())
            keys += QStringLiteral("  %1: %2\n").arg(key.name, SettingKeys::typeDescription(key));
        context.output().out() << line.helpText() << "\nKeys:\n" << keys;
        return ExitCode::Ok;
    }
    const QString name = line.positional().at(0);
    const QString text = line.positional().at(1);
    if (!SettingKeys::find(name)) {
        context.output().error(CliText::tr("unknown setting '%1'; valid keys: %2")
                                   .arg(name, SettingKeys::names().join(QStringLiteral(", "))));
        return ExitCode::Usage;
    }
    Database *database = context.database();
    if (!database)
        return ExitCode::DataError;
    SettingsRepository repository(*database);
    auto settings = repository.get();
    if (!settings) {
        context.output().error(settings.error().message);
        return ExitCode::DataError;
    }
    if (auto changed = SettingKeys::setFromText(*settings, name, text); !changed) {
        context.output().error(changed.error().message);
        return ExitCode::Usage;
    }
    // A status change records the relabel of the IPs that carry the old one (C-14).
    const auto saved = RelabelRepository(*database).saveSettings(*settings);
    if (!saved) {
        context.output().error(saved.error().message);
        return ExitCode::DataError;
    }
    const EffectiveSettings effective(*saved, context.configOverrides());
    context.output().line(effective.describe(name).value_or(name));
    if (effective.isOverridden(name)) {
        context.output().error(CliText::tr("warning: the stored value changed, but the "
                                           "configuration file still forces '%1'")
                                   .arg(name));
    }
    return ExitCode::Ok;
}

} // namespace leaselink::cli
