#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace leaselink {

// Help → About: LeaseLink's version (project(VERSION) in the top CMakeLists.txt, through
// QCoreApplication::applicationVersion()), the Qt it was built with and runs on, and the licences
// of LeaseLink and of the libraries it uses, as THIRD-PARTY-NOTICES.txt states them.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // One library LeaseLink links to, with its SPDX licence identifier.
    struct Component
    {
        QString name;
        QString licence;
        QString url;
    };
    static QList<Component> components();

    // "LeaseLink 0.1.0": the application name and version as --version prints them.
    static QString versionText();

    // LICENSE followed by THIRD-PARTY-NOTICES.txt, from the resources compiled into the binary.
    static QString licenceText();
};

} // namespace leaselink
