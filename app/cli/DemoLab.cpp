#include "DemoLab.h"

#include "ExitCode.h"

#include <QTextStream>

#include <cstdio>

namespace leaselink::cli {

DemoLab::DemoLab() = default;

DemoLab::~DemoLab() = default;

QCoro::Task<int> DemoLab::start(QString configPath)
{
    Q_UNUSED(configPath);
    demo::DemoOptions options;
    options.trustCertificates = true;
    const auto started = co_await m_session.start(options);
    if (started)
        co_return ExitCode::Ok;
    QTextStream err(stderr);
    err << "leaselink-cli: --demo: " << started.error().message << Qt::endl;
    if (m_session.failure() == demo::DemoSession::Failure::Lab)
        co_return ExitCode::Unreachable;
    co_return ExitCode::DataError;
}

} // namespace leaselink::cli
