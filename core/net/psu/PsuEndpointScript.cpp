#include "PsuEndpointScript.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

// The script lives in the static leaselink_resources library; registering it explicitly keeps it
// available even when the linker drops the unreferenced initialiser object.
static void ensureScriptResource()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(leaselink_psu_script);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace leaselink {

namespace {

const QString helpersStart = QStringLiteral("$LeaseLinkHelpers = @'");
const QString helpersEnd = QStringLiteral("'@");
const QString endpointEnd = QStringLiteral("})");

QString quotedArgument(const QString &line, const QString &name)
{
    const QRegularExpression re(QStringLiteral("-%1\\s+'([^']*)'").arg(name));
    const auto match = re.match(line);
    return match.hasMatch() ? match.captured(1) : QString();
}

QStringList roleList(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(-Role\s+@\(([^)]*)\))"));
    const auto match = re.match(line);
    QStringList roles;
    if (!match.hasMatch())
        return roles;
    for (const QString &part : match.captured(1).split(u',', Qt::SkipEmptyParts)) {
        QString role = part.trimmed();
        if (role.size() >= 2 && (role.front() == u'\'' || role.front() == u'"'))
            role = role.mid(1, role.size() - 2);
        if (!role.isEmpty())
            roles << role;
    }
    return roles;
}

} // namespace

QJsonObject PsuEndpointDefinition::createRecord() const
{
    return QJsonObject{
        {QStringLiteral("url"), url},
        {QStringLiteral("method"), QJsonArray{method}},
        {QStringLiteral("scriptBlock"), scriptBlock},
        {QStringLiteral("authentication"), authentication},
        {QStringLiteral("role"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("regEx"), false},
        {QStringLiteral("errorAction"), 0},
        {QStringLiteral("timeout"), 30},
        {QStringLiteral("disabled"), false},
    };
}

QString PsuEndpointScript::shippedText()
{
    ensureScriptResource();
    const QString path = QLatin1String(ResourcePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<PsuEndpointDefinition> PsuEndpointScript::shipped()
{
    static const QList<PsuEndpointDefinition> definitions = [] {
        auto parsed = parse(shippedText());
        return parsed ? *parsed : QList<PsuEndpointDefinition>();
    }();
    return definitions;
}

std::expected<QList<PsuEndpointDefinition>, QString> PsuEndpointScript::parse(const QString &script)
{
    QString text = script;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(u'\n');

    // The helpers: the here-string's content without its delimiter lines, as PowerShell reads it.
    qsizetype i = 0;
    while (i < lines.size() && !lines[i].startsWith(helpersStart))
        ++i;
    if (i == lines.size())
        return std::unexpected(QStringLiteral("the script has no $LeaseLinkHelpers here-string"));
    QStringList helperLines;
    for (++i; i < lines.size() && lines[i] != helpersEnd; ++i)
        helperLines << lines[i];
    if (i == lines.size())
        return std::unexpected(QStringLiteral("the $LeaseLinkHelpers here-string is not closed"));
    const QString helpers = helperLines.join(u'\n');

    QList<PsuEndpointDefinition> definitions;
    for (++i; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (!line.contains(QStringLiteral("New-PSUEndpoint")) || line.trimmed().startsWith(u'#'))
            continue;
        const int lineNumber = int(i) + 1;
        PsuEndpointDefinition d;
        d.line = lineNumber;
        d.url = quotedArgument(line, QStringLiteral("Url"));
        d.method = quotedArgument(line, QStringLiteral("Method")).toUpper();
        d.roles = roleList(line);
        d.authentication = line.contains(QStringLiteral(" -Authentication"));
        if (!line.startsWith(QStringLiteral("New-PSUEndpoint ")) || d.url.isEmpty() ||
            d.method.isEmpty() || d.roles.isEmpty() ||
            !line.endsWith(QStringLiteral("-Endpoint (Join-LeaseLinkEndpoint {"))) {
            return std::unexpected(
                QStringLiteral("line %1: a New-PSUEndpoint call LeaseLink cannot split (expected "
                               "-Url '…' -Method '…' -Authentication -Role @(…) -Endpoint "
                               "(Join-LeaseLinkEndpoint {)")
                    .arg(lineNumber));
        }
        QStringList body;
        for (++i; i < lines.size() && lines[i] != endpointEnd; ++i)
            body << lines[i];
        if (i == lines.size())
            return std::unexpected(
                QStringLiteral("line %1: the endpoint body has no closing \"})\"").arg(lineNumber));
        // [scriptblock]::Create($helpers + "`n" + $Body.ToString()): the block's text is
        // everything between its braces, so it starts and ends with a newline.
        d.scriptBlock = helpers + u'\n' + u'\n' + body.join(u'\n') + u'\n';
        definitions << d;
    }
    if (definitions.isEmpty())
        return std::unexpected(QStringLiteral("the script defines no endpoint"));
    return definitions;
}

QString PsuEndpointScript::versionIn(const QString &scriptBlock)
{
    static const QRegularExpression versionLine(
        QStringLiteral(R"(\$PSU_SCRIPT_VERSION\s*=\s*['"]([^'"]+)['"])"));
    const auto match = versionLine.match(scriptBlock);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace leaselink
