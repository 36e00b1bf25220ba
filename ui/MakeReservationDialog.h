#pragma once

#include "dhcp/ReservationRules.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace leaselink {

// What the Make Reservation confirmation shows about the selected lease.
struct MakeReservationFacts
{
    CachedLease lease;
    ReservationTarget target; // the server that gets the request (a failover's primary)
    QString reportedBy;       // the server whose lease list held the row
    QString scopeText;        // "10.0.1.0 (Building A)"
};

// The admin's choices in the dialog.
struct MakeReservationChoice
{
    QString name;
    QString description;
    PsuReservationType type = ReservationRules::DefaultType;
};

// Confirmation before Make Reservation: names IP, MAC, host name, scope and the server that
// gets the request (and, for a failover scope, that it is the primary and the partner gets a
// replication), with the reservation name prefilled from the host name and the type (default
// Dhcp, as the sync creates them) editable.
class MakeReservationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MakeReservationDialog(const MakeReservationFacts &facts, QWidget *parent = nullptr);

    MakeReservationChoice choice() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *typeCombo() const { return m_type; }

    // The text naming what will happen (also the dialog's summary label).
    static QString summary(const MakeReservationFacts &facts);

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace leaselink
