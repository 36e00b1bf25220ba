<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DhcpCacheNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NetBoxStatusText</name>
    <message>
        <source>NetBox: not configured</source>
        <translation>NetBox: nicht eingerichtet</translation>
    </message>
    <message>
        <source>Admin → NetBox Connection sets the NetBox URL and API token.</source>
        <translation>Unter Verwaltung → NetBox-Verbindung legen Sie die NetBox-URL und das API-Token fest.</translation>
    </message>
    <message>
        <source>NetBox: %1 · the last sync could not use it (%2)</source>
        <translation>NetBox: %1 · die letzte Synchronisierung konnte es nicht nutzen (%2)</translation>
    </message>
    <message>
        <source>NetBox: %1 · reached by the last sync (%2)</source>
        <translation>NetBox: %1 · von der letzten Synchronisierung erreicht (%2)</translation>
    </message>
    <message>
        <source>NetBox: %1 · certificate not trusted yet</source>
        <translation>NetBox: %1 · dem Zertifikat wird noch nicht vertraut</translation>
    </message>
    <message>
        <source>The first Sync Now or Sync All shows NetBox&apos;s certificate to trust (unless the system&apos;s certificate authorities verify it).</source>
        <translation>Das erste „Jetzt synchronisieren“ oder „Alle Server synchronisieren“ zeigt das Zertifikat von NetBox an, damit Sie ihm vertrauen können (sofern die Zertifizierungsstellen des Systems es nicht bestätigen).</translation>
    </message>
    <message>
        <source>NetBox: %1 · not used by a sync yet</source>
        <translation>NetBox: %1 · noch von keiner Synchronisierung genutzt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 presents the certificate already trusted for it (SHA-256 %2).</source>
        <translation>%1 legt das Zertifikat vor, dem für diesen Server bereits vertraut wird (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Trusted: SHA-256 %1…, expires %2</source>
        <translation>Vertraut: SHA-256 %1…, läuft ab am %2</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Es ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>It expires on %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Es läuft am %1 ab (in %n Tag).</numerusform>
            <numerusform>Es läuft am %1 ab (in %n Tagen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReservationCommands</name>
    <message>
        <source>LeaseLink could not read its data: %1</source>
        <translation>LeaseLink konnte seine Daten nicht lesen: %1</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in LeaseLink.</source>
        <translation>In LeaseLink wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 in maintenance. LeaseLink contacts it only when you confirm.</source>
        <translation>%1 in Wartung. LeaseLink nimmt nur nach Ihrer Bestätigung Verbindung auf.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 did not answer its health check, so nothing was sent.</source>
        <translation>%1 hat auf die Zustandsprüfung nicht geantwortet, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>its failover partner</source>
        <translation>den Failover-Partner</translation>
    </message>
    <message>
        <source>Scope %1 is in failover %2, and the PSU script of %3 cannot replicate it: replicate the scope to %4 on the DHCP server (Invoke-DhcpServerv4FailoverReplication).</source>
        <translation>Bereich %1 gehört zum Failover %2, und das PSU-Skript von %3 kann ihn nicht replizieren: Replizieren Sie den Bereich am DHCP-Server auf %4 (Invoke-DhcpServerv4FailoverReplication).</translation>
    </message>
    <message>
        <source>Replicating scope %1 to %2 (failover %3) failed: %4. Replicate it on the DHCP server.</source>
        <translation>Das Replizieren von Bereich %1 auf %2 (Failover %3) ist fehlgeschlagen: %4. Replizieren Sie ihn am DHCP-Server.</translation>
    </message>
    <message>
        <source>Scope %1 was replicated to %2 (failover %3).</source>
        <translation>Bereich %1 wurde auf %2 repliziert (Failover %3).</translation>
    </message>
    <message>
        <source>%1 did not create the reservation of %2 for %3.</source>
        <translation>%1 hat die Reservierung von %2 für %3 nicht erstellt.</translation>
    </message>
    <message>
        <source>%1 is now reserved for %2 on %3 (scope %4). NetBox follows at the next sync.</source>
        <translation>%1 ist jetzt auf %3 für %2 reserviert (Bereich %4). NetBox wird bei der nächsten Synchronisierung nachgezogen.</translation>
    </message>
    <message>
        <source>The reservation exists on the server, but LeaseLink could not save it in its cache (%1); it shows after the next sync.</source>
        <translation>Die Reservierung besteht auf dem Server, aber LeaseLink konnte sie nicht in seinem Cache speichern (%1); sie erscheint nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 (%2) in scope %3 on %4</source>
        <translation>%1 (%2) im Bereich %3 auf %4</translation>
    </message>
    <message>
        <source>The reservation %1 is already gone on the server. Remove it from LeaseLink&apos;s cache too?</source>
        <translation>Die Reservierung %1 ist auf dem Server bereits nicht mehr vorhanden. Auch aus dem Cache von LeaseLink entfernen?</translation>
    </message>
    <message>
        <source>%1 did not delete the reservation %2.</source>
        <translation>%1 hat die Reservierung %2 nicht gelöscht.</translation>
    </message>
    <message>
        <source>No result returned for this item</source>
        <translation>Für dieses Element wurde kein Ergebnis zurückgegeben</translation>
    </message>
    <message>
        <source>The reservation %1 was deleted on the DHCP server. NetBox follows at the next sync.</source>
        <translation>Die Reservierung %1 wurde auf dem DHCP-Server gelöscht. NetBox wird bei der nächsten Synchronisierung nachgezogen.</translation>
    </message>
    <message>
        <source>The reservation is gone on the server, but LeaseLink could not remove it from its cache (%1); the next sync does.</source>
        <translation>Die Reservierung ist auf dem Server entfernt, aber LeaseLink konnte sie nicht aus seinem Cache entfernen (%1); das erledigt die nächste Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>ReservationRules</name>
    <message>
        <source>%1 has a read-only App Token (DHCPReader): reservations cannot be changed through it. Give the server a DHCPWriter token.</source>
        <translation>%1 hat ein App-Token nur mit Leserechten (DHCPReader): Darüber können keine Reservierungen geändert werden. Geben Sie dem Server ein DHCPWriter-Token.</translation>
    </message>
    <message>
        <source>The access level of %1&apos;s App Token is unknown: run Test Connection on the server first.</source>
        <translation>Die Zugriffsstufe des App-Tokens von %1 ist unbekannt: Führen Sie zuerst „Verbindung testen“ für den Server aus.</translation>
    </message>
    <message>
        <source>The primary server of failover %1 is not configured in LeaseLink.</source>
        <translation>Der primäre Server des Failovers %1 ist in LeaseLink nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The DHCP server of this row is no longer configured in LeaseLink.</source>
        <translation>Der DHCP-Server dieser Zeile ist in LeaseLink nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>failover %1</source>
        <translation>Failover %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>The lease&apos;s client id &quot;%1&quot; is not a MAC address: a reservation needs one.</source>
        <translation>Die Client-ID „%1“ der Lease ist keine MAC-Adresse: Eine Reservierung braucht eine.</translation>
    </message>
    <message>
        <source>%1 is already reserved (the server lists the lease as an active reservation).</source>
        <translation>%1 ist bereits reserviert (der Server führt die Lease als aktive Reservierung).</translation>
    </message>
    <message>
        <source>%1 is already reserved in scope %2 (for %3).</source>
        <translation>%1 ist im Bereich %2 bereits reserviert (für %3).</translation>
    </message>
    <message>
        <source>%1 is already reserved in scope %2 for %3: a MAC can be reserved only once per scope.</source>
        <translation>%1 ist im Bereich %2 bereits für %3 reserviert: Eine MAC kann pro Bereich nur einmal reserviert werden.</translation>
    </message>
    <message>
        <source>%1 is reserved in %2 scopes on %3 (%4). Its PSU script deletes a reservation by MAC and removes the first one it finds, which may not be this one. Delete it on the DHCP server itself, or update the server&apos;s PSU script to 2.0 or later (it deletes by scope and address).</source>
        <translation>%1 ist in %2 Bereichen auf %3 reserviert (%4). Das PSU-Skript des Servers löscht eine Reservierung anhand der MAC und entfernt die erste, die es findet – möglicherweise nicht diese. Löschen Sie sie direkt auf dem DHCP-Server, oder aktualisieren Sie das PSU-Skript des Servers auf 2.0 oder neuer (es löscht anhand von Bereich und Adresse).</translation>
    </message>
</context>
<context>
    <name>ViewFormat</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>In maintenance (%1)</source>
        <translation>In Wartung (%1)</translation>
    </message>
</context>
<context>
    <name>leaselink::AboutDialog</name>
    <message>
        <source>About LeaseLink</source>
        <translation>Über LeaseLink</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keeps Windows DHCP servers and NetBox IPAM in step.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The LeaseLink developers.&lt;br&gt;Released under the MIT License.&lt;/p&gt;&lt;p&gt;LeaseLink uses these libraries under their own licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hält Windows-DHCP-Server und NetBox-IPAM auf demselben Stand.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Die LeaseLink-Entwickler.&lt;br&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;LeaseLink verwendet diese Bibliotheken unter ihren eigenen Lizenzen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Info</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
</context>
<context>
    <name>leaselink::CertificateTrustDialog</name>
    <message>
        <source>Certificate of %1 has changed</source>
        <translation>Das Zertifikat von %1 hat sich geändert</translation>
    </message>
    <message>
        <source>Trust the certificate of %1?</source>
        <translation>Dem Zertifikat von %1 vertrauen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Warning:&lt;/b&gt; %1 now presents a different certificate from the one you trusted. Someone may be intercepting the connection, or the server got a new certificate. Confirm the new fingerprint with the server&apos;s administrator before trusting it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warnung:&lt;/b&gt; %1 legt jetzt ein anderes Zertifikat vor als das, dem Sie vertraut haben. Möglicherweise fängt jemand die Verbindung ab, oder der Server hat ein neues Zertifikat erhalten. Lassen Sie sich den neuen Fingerabdruck vom Administrator des Servers bestätigen, bevor Sie ihm vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1:%2 presents a certificate this computer does not trust. Compare its SHA-256 fingerprint with the one on the server (for example from the certificate store of the PSU host) before trusting it. No token is sent until you do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1:%2 legt ein Zertifikat vor, dem dieser Computer nicht vertraut. Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem auf dem Server (zum Beispiel aus dem Zertifikatspeicher des PSU-Hosts), bevor Sie ihm vertrauen. Bis dahin wird kein Token gesendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Presented certificate</source>
        <translation>Vorgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Trusted SHA-256:</source>
        <translation>Vertrauter SHA-256:</translation>
    </message>
    <message>
        <source>New SHA-256:</source>
        <translation>Neuer SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>SPKI SHA-256 pin:</source>
        <translation>SPKI-SHA-256-Pin:</translation>
    </message>
    <message>
        <source>&amp;Trust and Save</source>
        <translation>&amp;Vertrauen und speichern</translation>
    </message>
    <message>
        <source>&amp;I have compared this fingerprint with the certificate on the server</source>
        <translation>&amp;Ich habe diesen Fingerabdruck mit dem Zertifikat auf dem Server verglichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trusted until:</source>
        <translation>Vertraut bis:</translation>
    </message>
</context>
<context>
    <name>leaselink::ConnectionReportView</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Wird getestet</translation>
    </message>
</context>
<context>
    <name>leaselink::DemoSession</name>
    <message>
        <source>cannot create a temporary data directory: </source>
        <translation>temporäres Datenverzeichnis kann nicht angelegt werden: </translation>
    </message>
    <message>
        <source>the lab did not start: </source>
        <translation>das Labor ist nicht gestartet: </translation>
    </message>
    <message>
        <source>cannot open the demo data directory: </source>
        <translation>Demo-Datenverzeichnis kann nicht geöffnet werden: </translation>
    </message>
    <message>
        <source>demo lab (dataset M, HTTPS): %1 DHCP servers and NetBox at %2, data in a temporary directory</source>
        <translation>Demo-Labor (Datensatz M, HTTPS): %1 DHCP-Server und NetBox unter %2, Daten in einem temporären Verzeichnis</translation>
    </message>
</context>
<context>
    <name>leaselink::DemoWelcomeDialog</name>
    <message>
        <source>LeaseLink Demo</source>
        <translation>LeaseLink-Demo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to the LeaseLink demo&lt;/h3&gt;&lt;p&gt;A lab runs inside LeaseLink on this computer: simulated Windows DHCP servers (a failover pair and a standalone server, 60 scopes, about 10,000 leases) and a simulated NetBox, all over HTTPS. The demo data lives in a temporary folder and is gone when you quit; the lab&apos;s tokens are kept in memory only.&lt;/p&gt;&lt;p&gt;The certificates are &lt;b&gt;not trusted yet&lt;/b&gt;. On the first connection LeaseLink shows each certificate: compare its SHA-256 fingerprint with the one below (the lab also printed them on the terminal), tick the box and trust it — just as you would compare with the certificate on a real server.&lt;/p&gt;&lt;p&gt;Then select a server and use &lt;b&gt;Import from Server&lt;/b&gt; (Ctrl+I), and &lt;b&gt;Sync All Servers&lt;/b&gt; (Ctrl+Shift+R) → &lt;b&gt;Preview changes&lt;/b&gt; → &lt;b&gt;Apply&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei der LeaseLink-Demo&lt;/h3&gt;&lt;p&gt;In LeaseLink läuft auf diesem Computer ein Labor: simulierte Windows-DHCP-Server (ein Failover-Paar und ein eigenständiger Server, 60 Bereiche, etwa 10.000 Leases) und ein simuliertes NetBox, alles über HTTPS. Die Demodaten liegen in einem temporären Ordner und sind nach dem Beenden verschwunden; die Token des Labors werden nur im Arbeitsspeicher gehalten.&lt;/p&gt;&lt;p&gt;Den Zertifikaten wird &lt;b&gt;noch nicht vertraut&lt;/b&gt;. Bei der ersten Verbindung zeigt LeaseLink jedes Zertifikat: Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem unten aufgeführten (das Labor hat sie auch im Terminal ausgegeben), setzen Sie das Häkchen und vertrauen Sie ihm – genau so, wie Sie ihn mit dem Zertifikat auf einem echten Server vergleichen würden.&lt;/p&gt;&lt;p&gt;Wählen Sie dann einen Server aus und verwenden Sie &lt;b&gt;Vom Server importieren&lt;/b&gt; (Strg+I) sowie &lt;b&gt;Alle Server synchronisieren&lt;/b&gt; (Strg+Umschalt+R) → &lt;b&gt;Vorschau der Änderungen&lt;/b&gt; → &lt;b&gt;Übernehmen&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Lab certificate fingerprints</source>
        <translation>Fingerabdrücke der Laborzertifikate</translation>
    </message>
    <message>
        <source>Connect and &amp;Check Certificates…</source>
        <translation>Verbinden und Zertifikate &amp;prüfen…</translation>
    </message>
</context>
<context>
    <name>leaselink::DhcpCacheView</name>
    <message>
        <source>Filter by server</source>
        <translation>Nach Server filtern</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Nach %1 filtern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;NetBox</source>
        <translation>In &amp;NetBox öffnen</translation>
    </message>
    <message>
        <source>Open the selected address in NetBox</source>
        <translation>Die ausgewählte Adresse in NetBox öffnen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in NetBox</source>
        <translation>In NetBox öffnen</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Configure the NetBox connection first (Admin → NetBox connection).</source>
        <translation>Richten Sie zuerst die NetBox-Verbindung ein (Verwaltung → NetBox-Verbindung).</translation>
    </message>
    <message>
        <source>Filter by scope</source>
        <translation>Nach Bereich filtern</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>Alle Bereiche</translation>
    </message>
</context>
<context>
    <name>leaselink::ExclusionsDialog</name>
    <message>
        <source>Exclusion Ranges of %1</source>
        <translation>Ausschlussbereiche von %1</translation>
    </message>
    <message>
        <source>Addresses in an exclusion range are never leased by the DHCP server. Scope range: %1 – %2. Changes are pushed to the server at the next sync.</source>
        <translation>Adressen in einem Ausschlussbereich vergibt der DHCP-Server nie. Adressbereich des Bereichs: %1 – %2. Änderungen werden bei der nächsten Synchronisierung an den Server übertragen.</translation>
    </message>
    <message>
        <source>Exclusion ranges</source>
        <translation>Ausschlussbereiche</translation>
    </message>
    <message>
        <source>&amp;Remove Selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exclusion ranges</source>
        <translation>Die ausgewählten Ausschlussbereiche entfernen</translation>
    </message>
    <message>
        <source>First excluded address</source>
        <translation>Erste ausgeschlossene Adresse</translation>
    </message>
    <message>
        <source>same as the start for one address</source>
        <translation>wie der Anfang, für eine einzelne Adresse</translation>
    </message>
    <message>
        <source>Last excluded address</source>
        <translation>Letzte ausgeschlossene Adresse</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the exclusion range</source>
        <translation>Den Ausschlussbereich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New range:</source>
        <translation>&amp;Neuer Bereich:</translation>
    </message>
    <message>
        <source>Type the first address of the range.</source>
        <translation>Geben Sie die erste Adresse des Bereichs ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>Der Bereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The range must lie inside the scope&apos;s range %1 – %2.</source>
        <translation>Der Ausschluss muss innerhalb des Adressbereichs %1 – %2 liegen.</translation>
    </message>
    <message>
        <source>This range is already excluded.</source>
        <translation>Dieser Bereich ist bereits ausgeschlossen.</translation>
    </message>
    <message>
        <source>New: written when you press OK</source>
        <translation>Neu: wird beim Klick auf OK gespeichert</translation>
    </message>
    <message>
        <source>No exclusion ranges</source>
        <translation>Keine Ausschlussbereiche</translation>
    </message>
</context>
<context>
    <name>leaselink::FailoverTableModel</name>
    <message>
        <source>Load Balance</source>
        <translation>Lastenausgleich</translation>
    </message>
    <message>
        <source>Hot Standby</source>
        <translation>Hot Standby</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No scopes.</source>
        <translation>Keine Bereiche.</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Primary Server</source>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>Secondary Server</source>
        <translation>Sekundärer Server</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Sync Enabled</source>
        <translation>Synchronisierung aktiv</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>leaselink::FirstUseTrust</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be checked: %2</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>leaselink::ImportWindow</name>
    <message>
        <source>%1: %2 created, %3 skipped, %4 error(s)</source>
        <translation>%1: %2 erstellt, %3 übersprungen, %4 Fehler</translation>
    </message>
    <message>
        <source>Import from Server: %1</source>
        <translation>Vom Server importieren: %1</translation>
    </message>
    <message>
        <source>Importing failovers, scopes, options and exclusion ranges from %1…</source>
        <translation>Failover, Bereiche, Optionen und Ausschlussbereiche werden von %1 importiert…</translation>
    </message>
    <message>
        <source>Import log</source>
        <translation>Importprotokoll</translation>
    </message>
    <message>
        <source>%1 is being synced or imported by another run: nothing was sent. Try again when it has finished.</source>
        <translation>%1 wird gerade von einem anderen Lauf synchronisiert oder importiert: Es wurde nichts gesendet. Versuchen Sie es erneut, wenn dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Import of %1 failed: %2</source>
        <translation>Import von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Import of %1 %2.</source>
        <translation>Import von %1: %2.</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>Option Codes</source>
        <translation>Optionscodes</translation>
    </message>
    <message>
        <source>Option Values</source>
        <translation>Optionswerte</translation>
    </message>
    <message>
        <source>Exclusion Ranges</source>
        <translation>Ausschlussbereiche</translation>
    </message>
</context>
<context>
    <name>leaselink::JobCountsText</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source> in NetBox</source>
        <translation> in NetBox</translation>
    </message>
    <message>
        <source>leases read</source>
        <translation>Leases gelesen</translation>
    </message>
    <message>
        <source>reservations read</source>
        <translation>Reservierungen gelesen</translation>
    </message>
    <message>
        <source>reservations pushed</source>
        <translation>Reservierungen übertragen</translation>
    </message>
    <message>
        <source>scopes pushed</source>
        <translation>Bereiche übertragen</translation>
    </message>
    <message>
        <source>exclusions pushed</source>
        <translation>Ausschlüsse übertragen</translation>
    </message>
    <message>
        <source> to the DHCP servers</source>
        <translation> an die DHCP-Server</translation>
    </message>
    <message>
        <source>scopes created</source>
        <translation>Bereiche angelegt</translation>
    </message>
    <message>
        <source>failovers created</source>
        <translation>Failover-Beziehungen angelegt</translation>
    </message>
    <message>
        <source>prefixes created</source>
        <translation>Präfixe angelegt</translation>
    </message>
    <message>
        <source>scopes deleted</source>
        <translation>Bereiche gelöscht</translation>
    </message>
    <message>
        <source>scope fields pulled</source>
        <translation>Bereichsfelder übernommen</translation>
    </message>
    <message>
        <source>exclusions created</source>
        <translation>Ausschlüsse angelegt</translation>
    </message>
    <message>
        <source>exclusions deleted</source>
        <translation>Ausschlüsse gelöscht</translation>
    </message>
    <message>
        <source>servers synced</source>
        <translation>Server synchronisiert</translation>
    </message>
    <message>
        <source>servers skipped</source>
        <translation>Server übersprungen</translation>
    </message>
    <message>
        <source>failovers</source>
        <translation>Failover-Beziehungen</translation>
    </message>
    <message>
        <source>scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>option values</source>
        <translation>Optionswerte</translation>
    </message>
    <message>
        <source>option codes</source>
        <translation>Optionscodes</translation>
    </message>
    <message>
        <source>exclusion ranges</source>
        <translation>Ausschlussbereiche</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
</context>
<context>
    <name>leaselink::JobsTableModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Partly failed</source>
        <translation>Teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Vorschau läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>started by: %1</source>
        <translation>gestartet von: %1</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier line(s): the job history keeps the full log when the job has finished</source>
        <translation>
            <numerusform>… %n frühere Zeile: Der Auftragsverlauf enthält das vollständige Protokoll, sobald der Auftrag beendet ist</numerusform>
            <numerusform>… %n frühere Zeilen: Der Auftragsverlauf enthält das vollständige Protokoll, sobald der Auftrag beendet ist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (Vorschau)</translation>
    </message>
    <message>
        <source>all servers</source>
        <translation>alle Server</translation>
    </message>
    <message>
        <source>so far: %1 warning(s), %2 error(s)</source>
        <translation>bisher: %1 Warnung(en), %2 Fehler</translation>
    </message>
</context>
<context>
    <name>leaselink::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when LeaseLink is restarted</source>
        <translation>Wirksam nach einem Neustart von LeaseLink</translation>
    </message>
</context>
<context>
    <name>leaselink::LeaseTableModel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Client id: %3&lt;br&gt;Server: %4&lt;br&gt;Scope: %5&lt;br&gt;State: %6&lt;br&gt;Expires: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Client-ID: %3&lt;br&gt;Server: %4&lt;br&gt;Bereich: %5&lt;br&gt;Status: %6&lt;br&gt;Läuft ab: %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Host Name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>leaselink::ListView</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Die anzuzeigenden Spalten auswählen</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
</context>
<context>
    <name>leaselink::MainWindow</name>
    <message>
        <source>LeaseLink</source>
        <translation>LeaseLink</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About LeaseLink</source>
        <translation>&amp;Über LeaseLink</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The LeaseLink data file could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was changed. Fix the cause and restart LeaseLink, or start it with another data folder (environment variable LEASELINK_DATA_DIR).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die LeaseLink-Datendatei konnte nicht geöffnet werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Es wurde nichts geändert. Beheben Sie die Ursache und starten Sie LeaseLink neu, oder starten Sie es mit einem anderen Datenordner (Umgebungsvariable LEASELINK_DATA_DIR).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No data file</source>
        <translation>Keine Datendatei</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Preview Sync…</source>
        <translation>Synchronisierungs&amp;vorschau…</translation>
    </message>
    <message>
        <source>Sync every server with NetBox (preview first, or sync at once)</source>
        <translation>Alle Server mit NetBox synchronisieren (zuerst als Vorschau oder sofort)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Failover not saved</source>
        <translation>Failover nicht gespeichert</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Edit NetBox Connection…</source>
        <translation>NetBox-Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit NetBox connection</source>
        <translation>NetBox-Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <source>&amp;NetBox Connection…</source>
        <translation>&amp;NetBox-Verbindung…</translation>
    </message>
    <message>
        <source>Scheduled sync %1: see Admin → Jobs for the details</source>
        <translation>Geplante Synchronisierung %1: Details unter Verwaltung → Aufträge</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Option Values</source>
        <translation>Optionswerte</translation>
    </message>
    <message>
        <source>Option Code Definitions</source>
        <translation>Optionsdefinitionen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>NetBox Connection</source>
        <translation>NetBox-Verbindung</translation>
    </message>
    <message>
        <source>Current Maintenance</source>
        <translation>Aktuelle Wartung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Einstellung nicht gespeichert</translation>
    </message>
    <message>
        <source>NetBox connection not saved</source>
        <translation>NetBox-Verbindung nicht gespeichert</translation>
    </message>
    <message>
        <source>API token not saved</source>
        <translation>API-Token nicht gespeichert</translation>
    </message>
    <message>
        <source>The NetBox URL was saved, but the API token was not: %1</source>
        <translation>Die NetBox-URL wurde gespeichert, das API-Token jedoch nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) · data file %1</source>
        <translation>
            <numerusform>%n Server · Datendatei %1</numerusform>
            <numerusform>%n Server · Datendatei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) in maintenance</source>
        <translation>
            <numerusform>%n Server in Wartung</numerusform>
            <numerusform>%n Server in Wartung</numerusform>
        </translation>
    </message>
    <message>
        <source>No NetBox connection is configured yet.</source>
        <translation>Es ist noch keine NetBox-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;NetBox URL: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;TLS certificate verification: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;NetBox-URL: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Prüfung des TLS-Zertifikats: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&amp;Keep Syncing in the Tray When Closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiter synchronisieren</translation>
    </message>
    <message>
        <source>Closing the window hides it to the system tray and the scheduled sync goes on; quit from the tray menu. Without a system tray, closing always quits.</source>
        <translation>Beim Schließen wird das Fenster in den Infobereich der Taskleiste ausgeblendet und die geplante Synchronisierung läuft weiter; beendet wird über das Menü im Infobereich. Ohne Infobereich beendet das Schließen LeaseLink immer.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits LeaseLink.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich: Das Schließen des Fensters beendet LeaseLink.</translation>
    </message>
    <message>
        <source>LeaseLink keeps running</source>
        <translation>LeaseLink läuft weiter</translation>
    </message>
    <message>
        <source>The scheduled sync goes on in the background. Use the tray icon to show the window or quit.</source>
        <translation>Die geplante Synchronisierung läuft im Hintergrund weiter. Über das Symbol im Infobereich zeigen Sie das Fenster wieder an oder beenden LeaseLink.</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Laufende Aufträge</translation>
    </message>
    <message>
        <source>Plan a sync of the selected servers and show every change before anything is written</source>
        <translation>Eine Synchronisierung der ausgewählten Server planen und jede Änderung anzeigen, bevor etwas geschrieben wird</translation>
    </message>
    <message>
        <source>Sync A&amp;ll Servers…</source>
        <translation>&amp;Alle Server synchronisieren…</translation>
    </message>
    <message>
        <source>Start maintenance of the selected failover</source>
        <translation>Wartung des ausgewählten Failovers starten</translation>
    </message>
    <message>
        <source>End maintenance of the selected failover</source>
        <translation>Wartung des ausgewählten Failovers beenden</translation>
    </message>
    <message>
        <source>Scheduled sync running…</source>
        <translation>Geplante Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>%1 is forced by the configuration file %2; change it there.</source>
        <translation>Die Einstellung „%1“ wird von der Konfigurationsdatei %2 erzwungen; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Import from %1 running…</source>
        <translation>Import von %1 läuft…</translation>
    </message>
    <message>
        <source>Sync running…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
</context>
<context>
    <name>leaselink::MaintenanceControl</name>
    <message>
        <source>Start &amp;Maintenance…</source>
        <translation>Wa&amp;rtung starten…</translation>
    </message>
    <message>
        <source>Put the selected object into maintenance, with a note: every sync skips it</source>
        <translation>Das ausgewählte Objekt mit einer Notiz in Wartung versetzen: Jede Synchronisierung lässt es aus</translation>
    </message>
    <message>
        <source>E&amp;nd Maintenance…</source>
        <translation>Wartung bee&amp;nden…</translation>
    </message>
    <message>
        <source>Take the selected object out of maintenance: the next sync includes it again</source>
        <translation>Wartung des ausgewählten Objekts beenden: Die nächste Synchronisierung bezieht es wieder ein</translation>
    </message>
    <message>
        <source>End Maintenance</source>
        <translation>Wartung beenden</translation>
    </message>
    <message>
        <source>&amp;End Maintenance</source>
        <translation>Wartung &amp;beenden</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>failover %1</source>
        <translation>Failover %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Maintenance not started</source>
        <translation>Wartung nicht gestartet</translation>
    </message>
    <message>
        <source>%1 was not put into maintenance: %2</source>
        <translation>%1 wurde nicht in Wartung versetzt: %2</translation>
    </message>
    <message>
        <source>End maintenance of %1? The next sync reads and writes it again.</source>
        <translation>Wartung von %1 beenden? Ab der nächsten Synchronisierung wird wieder gelesen und geschrieben.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>In maintenance since %1.</source>
        <translation>In Wartung seit %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Maintenance not ended</source>
        <translation>Wartung nicht beendet</translation>
    </message>
    <message>
        <source>%1 is still in maintenance: %2</source>
        <translation>%1 ist weiterhin in Wartung: %2</translation>
    </message>
</context>
<context>
    <name>leaselink::MaintenanceDialog</name>
    <message>
        <source>Start Maintenance: %1</source>
        <translation>Wartung starten: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Put %1 into maintenance?&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 in Wartung versetzen?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Maintenance note</source>
        <translation>Wartungsnotiz</translation>
    </message>
    <message>
        <source>e.g. change ticket CHG-1234, DHCP server being patched</source>
        <translation>z. B. Change-Ticket CHG-1234, DHCP-Server wird gepatcht</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>Erfasst als:</translation>
    </message>
    <message>
        <source>&amp;Start Maintenance</source>
        <translation>Wartung &amp;starten</translation>
    </message>
    <message>
        <source>While a server is in maintenance, every sync (scheduled, Sync Now, Sync All and the command line) skips it: no health check, no reads, no writes, no cleanup of its addresses in NetBox. Import, Test Connection and fetching its certificate ask first; Update PSU Scripts is refused.</source>
        <translation>Solange ein Server in Wartung ist, lässt jede Synchronisierung (geplant, „Jetzt synchronisieren“, „Alle Server synchronisieren“ und die Befehlszeile) ihn aus: keine Zustandsprüfung, kein Lesen, kein Schreiben, kein Bereinigen seiner Adressen in NetBox. Import, „Verbindung testen“ und das Abrufen seines Zertifikats fragen vorher nach; „PSU-Skripte aktualisieren“ wird abgelehnt.</translation>
    </message>
    <message>
        <source>While a failover is in maintenance, every sync (scheduled, Sync Now, Sync All and the command line) skips its scopes: no reads, no writes, no cleanup of their addresses in NetBox. Importing from its servers asks first.</source>
        <translation>Solange ein Failover in Wartung ist, lässt jede Synchronisierung (geplant, „Jetzt synchronisieren“, „Alle Server synchronisieren“ und die Befehlszeile) seine Bereiche aus: kein Lesen, kein Schreiben, kein Bereinigen ihrer Adressen in NetBox. Der Import von seinen Servern fragt vorher nach.</translation>
    </message>
    <message>
        <source>While a scope is in maintenance, every sync (scheduled, Sync Now, Sync All and the command line) skips it: no reads, no writes, no cleanup of its addresses in NetBox.</source>
        <translation>Solange ein Bereich in Wartung ist, lässt jede Synchronisierung (geplant, „Jetzt synchronisieren“, „Alle Server synchronisieren“ und die Befehlszeile) ihn aus: kein Lesen, kein Schreiben, kein Bereinigen seiner Adressen in NetBox.</translation>
    </message>
    <message>
        <source>It is listed under Admin → Current Maintenance until you end it there or here; the next sync after that picks it up again.</source>
        <translation>Die Wartung wird unter Verwaltung → Aktuelle Wartung aufgeführt, bis Sie sie dort oder hier beenden; die nächste Synchronisierung danach berücksichtigt das Objekt wieder.</translation>
    </message>
</context>
<context>
    <name>leaselink::MaintenanceTableModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>leaselink::MaintenanceView</name>
    <message>
        <source>&amp;Resume</source>
        <translation>Wartung &amp;beenden</translation>
    </message>
    <message>
        <source>Resume the current object</source>
        <translation>Wartung des aktuellen Objekts beenden</translation>
    </message>
    <message>
        <source>Resume &amp;Selected…</source>
        <translation>Wartung der &amp;Auswahl beenden…</translation>
    </message>
    <message>
        <source>Resume every selected object</source>
        <translation>Wartung aller ausgewählten Objekte beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wartung beenden</translation>
    </message>
    <message numerus="yes">
        <source>Resume %n object(s) from maintenance? They are synced again from the next run.</source>
        <translation>
            <numerusform>Wartung für %n Objekt beenden? Es wird ab dem nächsten Lauf wieder synchronisiert.</numerusform>
            <numerusform>Wartung für %n Objekte beenden? Sie werden ab dem nächsten Lauf wieder synchronisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leaselink::MakeReservationDialog</name>
    <message>
        <source>Reserve %1 for MAC %2 on DHCP server %3?</source>
        <translation>%1 auf dem DHCP-Server %3 für MAC %2 reservieren?</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>den Partner</translation>
    </message>
    <message>
        <source>Scope %1 belongs to failover %2: the reservation is made on its primary %3, then the scope is replicated to %4.</source>
        <translation>Bereich %1 gehört zum Failover %2: Die Reservierung wird auf dessen primärem Server %3 erstellt, anschließend wird der Bereich auf %4 repliziert.</translation>
    </message>
    <message>
        <source>NetBox follows at the next sync.</source>
        <translation>NetBox wird bei der nächsten Synchronisierung nachgezogen.</translation>
    </message>
    <message>
        <source>Make Reservation</source>
        <translation>Reservierung erstellen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>DHCP server:</source>
        <translation>DHCP-Server:</translation>
    </message>
    <message>
        <source>Lease reported by:</source>
        <translation>Lease gemeldet von:</translation>
    </message>
    <message>
        <source>Reservation name</source>
        <translation>Name der Reservierung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Reservation description</source>
        <translation>Beschreibung der Reservierung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Reservation type</source>
        <translation>Typ der Reservierung</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Make Reservation</source>
        <translation>&amp;Reservierung erstellen</translation>
    </message>
</context>
<context>
    <name>leaselink::NetBoxDialog</name>
    <message>
        <source>NetBox Connection</source>
        <translation>NetBox-Verbindung</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Verify the TLS certificate</source>
        <translation>&amp;TLS-Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Leave blank to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>NetBox API token (v1 or nbt_… v2)</source>
        <translation>NetBox-API-Token (v1 oder nbt_… v2)</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Fetch Certificate…</source>
        <translation>Zertifikat &amp;abrufen…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Enter the NetBox URL.</source>
        <translation>Geben Sie die NetBox-URL ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// address with a host name.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse mit Hostnamen.</translation>
    </message>
    <message>
        <source>None: use https:// so the API token is encrypted.</source>
        <translation>Keines: Verwenden Sie https://, damit das API-Token verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>None trusted; the system&apos;s certificate authorities apply.</source>
        <translation>Keinem vertraut; es gelten die Zertifizierungsstellen des Systems.</translation>
    </message>
    <message>
        <source>NetBox is reached over HTTP: there is no certificate to check.</source>
        <translation>NetBox wird über HTTP erreicht: Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>NetBox&apos;s certificate is not trusted: check it with Fetch Certificate.</source>
        <translation>Dem Zertifikat von NetBox wird nicht vertraut: Prüfen Sie es mit „Zertifikat abrufen“.</translation>
    </message>
    <message>
        <source>Send the stored API token to the new &amp;address</source>
        <translation>Das gespeicherte API-Token an die neue A&amp;dresse senden</translation>
    </message>
    <message>
        <source>The address changed from %1 to %2: type the API token for the new address, or tick &quot;Send the stored API token to the new address&quot;.</source>
        <translation>Die Adresse hat sich von %1 in %2 geändert: Geben Sie das API-Token für die neue Adresse ein, oder setzen Sie das Häkchen bei „Das gespeicherte API-Token an die neue Adresse senden“.</translation>
    </message>
    <message>
        <source>The stored token is never shown. A blank field keeps it; typing a token replaces it.</source>
        <translation>Das gespeicherte Token wird nie angezeigt. Ein leeres Feld behält es bei; ein eingegebenes Token ersetzt es.</translation>
    </message>
    <message>
        <source>The typed token replaces the stored one.</source>
        <translation>Das eingegebene Token ersetzt das gespeicherte.</translation>
    </message>
    <message>
        <source>The address changed from %1: a blank field no longer keeps the stored token by itself. Type the new address&apos;s token, or tick the box below to send the stored one there.</source>
        <translation>Die Adresse hat sich gegenüber %1 geändert: Ein leeres Feld behält das gespeicherte Token nicht mehr von selbst bei. Geben Sie das Token der neuen Adresse ein, oder setzen Sie unten das Häkchen, um das gespeicherte dorthin zu senden.</translation>
    </message>
    <message>
        <source>The certificate trusted for %1:%2 does not apply to the new address; fetch the new one.</source>
        <translation>Das für %1:%2 vertraute Zertifikat gilt nicht für die neue Adresse; rufen Sie das neue ab.</translation>
    </message>
</context>
<context>
    <name>leaselink::Notifications</name>
    <message>
        <source>%1 is unreachable</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The scheduled sync could not reach it.</source>
        <translation>Die geplante Synchronisierung konnte ihn nicht erreichen.</translation>
    </message>
    <message>
        <source>Scheduled sync %1</source>
        <translation>Geplante Synchronisierung %1</translation>
    </message>
    <message>
        <source>See Admin → Jobs for the details.</source>
        <translation>Details unter Verwaltung → Aufträge.</translation>
    </message>
    <message>
        <source>%1 (see Admin → Jobs for the details)</source>
        <translation>%1 (Details unter Verwaltung → Aufträge)</translation>
    </message>
    <message>
        <source>Certificate of %1 has expired</source>
        <translation>Das Zertifikat von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>Certificate of %1 expires soon</source>
        <translation>Das Zertifikat von %1 läuft bald ab</translation>
    </message>
    <message>
        <source>Certificate of %1 needs your decision</source>
        <translation>Das Zertifikat von %1 erfordert Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Its certificate is not trusted: the scheduled sync skips it. Click to compare the fingerprint and trust it.</source>
        <translation>Seinem Zertifikat wird nicht vertraut: Die geplante Synchronisierung lässt ihn aus. Klicken Sie, um den Fingerabdruck zu vergleichen und dem Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>%1 Click to review the certificate.</source>
        <translation>%1 Klicken Sie, um das Zertifikat zu prüfen.</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionCodeDialog</name>
    <message>
        <source>New Option Code Definition</source>
        <translation>Neue Optionscode-Definition</translation>
    </message>
    <message>
        <source>Edit Option Code %1</source>
        <translation>Optionscode %1 bearbeiten</translation>
    </message>
    <message>
        <source>Option code</source>
        <translation>Optionscode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Optionsname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Descriptive only: values are not checked against the type.</source>
        <translation>Nur beschreibend: Werte werden nicht gegen den Typ geprüft.</translation>
    </message>
    <message>
        <source>Data &amp;type:</source>
        <translation>Daten&amp;typ:</translation>
    </message>
    <message>
        <source>blank for a standard option</source>
        <translation>leer für eine Standardoption</translation>
    </message>
    <message>
        <source>Vendor class</source>
        <translation>Herstellerklasse</translation>
    </message>
    <message>
        <source>&amp;Vendor class:</source>
        <translation>&amp;Herstellerklasse:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enter a name for the option code.</source>
        <translation>Geben Sie einen Namen für den Optionscode ein.</translation>
    </message>
    <message>
        <source>DHCP option codes are normally 1–254; %1 is stored as entered.</source>
        <translation>DHCP-Optionscodes liegen normalerweise zwischen 1 und 254; %1 wird wie eingegeben gespeichert.</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionCodeLibrary</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>option code definition</source>
        <translation>Optionscode-Definition</translation>
    </message>
    <message>
        <source>Delete Option Code Definition</source>
        <translation>Optionscode-Definition löschen</translation>
    </message>
    <message>
        <source>Built-in Windows option codes are locked: they cannot be edited or deleted.</source>
        <translation>Integrierte Windows-Optionscodes sind gesperrt: Sie können weder bearbeitet noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Option code not saved</source>
        <translation>Optionscode nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete option code definition %1? This is refused while an option value uses it.</source>
        <translation>Optionscode-Definition %1 löschen? Das wird abgelehnt, solange ein Optionswert sie verwendet.</translation>
    </message>
    <message>
        <source>Option code not deleted</source>
        <translation>Optionscode nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionCodeTableModel</name>
    <message>
        <source>Built-in definitions cannot be edited or deleted.</source>
        <translation>Integrierte Definitionen können weder bearbeitet noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Built-in (locked)</source>
        <translation>Integriert (gesperrt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data Type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Vendor Class</source>
        <translation>Herstellerklasse</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionValueDialog</name>
    <message>
        <source>New Option Value</source>
        <translation>Neuer Optionswert</translation>
    </message>
    <message>
        <source>Edit Option Value</source>
        <translation>Optionswert bearbeiten</translation>
    </message>
    <message>
        <source>Option code</source>
        <translation>Optionscode</translation>
    </message>
    <message>
        <source>%1 (vendor class %2)</source>
        <translation>%1 (Herstellerklasse %2)</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Option:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.53, 10.0.0.54</source>
        <translation>z. B. 10.0.0.53, 10.0.0.54</translation>
    </message>
    <message>
        <source>Several values (a list option) are written separated by &quot;, &quot;.</source>
        <translation>Mehrere Werte (eine Listenoption) werden durch „, “ getrennt geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>optional, e.g. Corp DNS</source>
        <translation>optional, z. B. Firmen-DNS</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Option values live in LeaseLink only: they are never pushed to the DHCP servers.</source>
        <translation>Optionswerte gibt es nur in LeaseLink: Sie werden nie an die DHCP-Server übertragen.</translation>
    </message>
    <message>
        <source>Choose the option code this value is for.</source>
        <translation>Wählen Sie den Optionscode, zu dem dieser Wert gehört.</translation>
    </message>
    <message>
        <source>Enter the value.</source>
        <translation>Geben Sie den Wert ein.</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionValueLibrary</name>
    <message>
        <source>option value</source>
        <translation>Optionswert</translation>
    </message>
    <message>
        <source>Option Values</source>
        <translation>Optionswerte</translation>
    </message>
    <message>
        <source>Delete Option Value</source>
        <translation>Optionswert löschen</translation>
    </message>
    <message>
        <source>Option value not saved</source>
        <translation>Optionswert nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete option value %1?</source>
        <translation>Optionswert %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete option value %1? %n scope(s) use it and lose the link.</source>
        <translation>
            <numerusform>Optionswert %1 löschen? %n Bereich verwendet ihn und verliert die Verknüpfung.</numerusform>
            <numerusform>Optionswert %1 löschen? %n Bereiche verwenden ihn und verlieren die Verknüpfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option value not deleted</source>
        <translation>Optionswert nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>leaselink::OptionValueTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Friendly Name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Vendor Class</source>
        <translation>Herstellerklasse</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
</context>
<context>
    <name>leaselink::PsuScriptUpdateDialog</name>
    <message>
        <source>not in LeaseLink&apos;s script (kept, never deleted)</source>
        <translation>nicht im Skript von LeaseLink (bleibt erhalten, wird nie gelöscht)</translation>
    </message>
    <message>
        <source>a second record for an endpoint that is updated</source>
        <translation>ein zweiter Eintrag für einen Endpunkt, der aktualisiert wird</translation>
    </message>
    <message>
        <source>one record for several methods: edit it in PSU</source>
        <translation>ein Eintrag für mehrere Methoden: in PSU bearbeiten</translation>
    </message>
    <message>
        <source>Update PSU Scripts: %1</source>
        <translation>PSU-Skripte aktualisieren: %1</translation>
    </message>
    <message>
        <source>Reading the endpoints of %1…</source>
        <translation>Die Endpunkte von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Nothing is removed: endpoints on the server that LeaseLink&apos;s script does not define are left as they are, so another tool&apos;s endpoints keep working. Updated endpoints keep their roles and settings; only their script changes. PSU then reloads the endpoints (the PSU service is not restarted).</source>
        <translation>Es wird nichts entfernt: Endpunkte auf dem Server, die das Skript von LeaseLink nicht definiert, bleiben unverändert, damit die Endpunkte anderer Werkzeuge weiter funktionieren. Aktualisierte Endpunkte behalten ihre Rollen und Einstellungen; nur ihr Skript ändert sich. Anschließend lädt PSU die Endpunkte neu (der PSU-Dienst wird nicht neu gestartet).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Update Endpoints</source>
        <translation>Endpunkte &amp;aktualisieren</translation>
    </message>
    <message>
        <source>The endpoints of %1 could not be read; nothing was changed.
%2</source>
        <translation>Die Endpunkte von %1 konnten nicht gelesen werden; es wurde nichts geändert.
%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>On %1, LeaseLink will create %n endpoint(s), </source>
        <translation>
            <numerusform>Auf %1 wird LeaseLink %n Endpunkt erstellen, </numerusform>
            <numerusform>Auf %1 wird LeaseLink %n Endpunkte erstellen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>update %n endpoint(s) </source>
        <translation>
            <numerusform>%n Endpunkt aktualisieren </numerusform>
            <numerusform>%n Endpunkte aktualisieren </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and leave %n other /api/dhcp/ endpoint(s) alone. </source>
        <translation>
            <numerusform>und %n anderen /api/dhcp/-Endpunkt unverändert lassen. </numerusform>
            <numerusform>und %n andere /api/dhcp/-Endpunkte unverändert lassen. </numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint will be removed.</source>
        <translation>Kein Endpunkt wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the updated endpoint(s) already have LeaseLink&apos;s script.</source>
        <translation>
            <numerusform>%n der aktualisierten Endpunkte hat bereits das Skript von LeaseLink.</numerusform>
            <numerusform>%n der aktualisierten Endpunkte haben bereits das Skript von LeaseLink.</numerusform>
        </translation>
    </message>
    <message>
        <source>Script version after the update: %1.</source>
        <translation>Skriptversion nach der Aktualisierung: %1.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>script already current</source>
        <translation>Skript bereits aktuell</translation>
    </message>
    <message>
        <source>Leave alone</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>%1 updated, %2 created, %3 left alone; nothing removed.</source>
        <translation>%1 aktualisiert, %2 erstellt, %3 unverändert gelassen; nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed:</source>
        <translation>
            <numerusform>%n Aufruf ist fehlgeschlagen:</numerusform>
            <numerusform>%n Aufrufe sind fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>PSU did not reload the endpoints, so the changes are not live yet: %1</source>
        <translation>PSU hat die Endpunkte nicht neu geladen, daher sind die Änderungen noch nicht wirksam: %1</translation>
    </message>
    <message>
        <source>Health check failed: %1</source>
        <translation>Zustandsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Health check: the server reports script version %1, the version LeaseLink ships.</source>
        <translation>Zustandsprüfung: Der Server meldet die Skriptversion %1, also die Version, die LeaseLink mitbringt.</translation>
    </message>
    <message>
        <source>Health check: the server reports script version %1, but LeaseLink ships %2. PSU may need a moment to reload; run Test Connection to check again.</source>
        <translation>Zustandsprüfung: Der Server meldet die Skriptversion %1, LeaseLink bringt jedoch %2 mit. PSU braucht zum Neuladen eventuell einen Moment; prüfen Sie es mit „Verbindung testen“ erneut.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Update PSU Scripts finished.</source>
        <translation>Die Aktualisierung der PSU-Skripte ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Update PSU Scripts finished with errors.</source>
        <translation>Die Aktualisierung der PSU-Skripte ist mit Fehlern abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>leaselink::ReservationActions</name>
    <message>
        <source>&amp;Make Reservation…</source>
        <translation>&amp;Reservierung erstellen…</translation>
    </message>
    <message>
        <source>Make a reservation on the DHCP server from the selected lease</source>
        <translation>Aus der ausgewählten Lease eine Reservierung auf dem DHCP-Server erstellen</translation>
    </message>
    <message>
        <source>&amp;Delete Reservation…</source>
        <translation>Reservierung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected reservation from the DHCP server</source>
        <translation>Die ausgewählte Reservierung vom DHCP-Server löschen</translation>
    </message>
    <message>
        <source>Delete Reservation</source>
        <translation>Reservierung löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Reservation</source>
        <translation>Reservierung &amp;löschen</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No keychain is available, so no App Token can be read.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann kein App-Token gelesen werden.</translation>
    </message>
    <message>
        <source>Another reservation change is in progress.</source>
        <translation>Eine andere Änderung an Reservierungen ist gerade in Arbeit.</translation>
    </message>
    <message>
        <source>LeaseLink could not read its data: %1</source>
        <translation>LeaseLink konnte seine Daten nicht lesen: %1</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Wählen Sie zuerst eine Zeile aus.</translation>
    </message>
    <message>
        <source>Reserve the selected lease&apos;s address for its MAC on the DHCP server (Ctrl+M)</source>
        <translation>Die Adresse der ausgewählten Lease auf dem DHCP-Server für deren MAC reservieren (Strg+M)</translation>
    </message>
    <message>
        <source>Delete the selected reservation from the DHCP server (Delete)</source>
        <translation>Die ausgewählte Reservierung vom DHCP-Server löschen (Entf)</translation>
    </message>
    <message>
        <source>Make Reservation</source>
        <translation>Reservierung erstellen</translation>
    </message>
    <message>
        <source>%1 in maintenance. Contact it anyway to make the reservation?</source>
        <translation>%1 in Wartung. Trotzdem Verbindung aufnehmen, um die Reservierung zu erstellen?</translation>
    </message>
    <message>
        <source>Reservation made</source>
        <translation>Reservierung erstellt</translation>
    </message>
    <message>
        <source>Reservation not made</source>
        <translation>Reservierung nicht erstellt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Delete the reservation of %1 (MAC %2, name %3) in scope %4 on DHCP server %5?</source>
        <translation>Die Reservierung von %1 (MAC %2, Name %3) im Bereich %4 auf dem DHCP-Server %5 löschen?</translation>
    </message>
    <message>
        <source>This removes it from the DHCP server: the device may get another address at its next renewal. NetBox follows at the next sync.</source>
        <translation>Damit wird sie vom DHCP-Server entfernt: Das Gerät erhält bei der nächsten Verlängerung möglicherweise eine andere Adresse. NetBox wird bei der nächsten Synchronisierung nachgezogen.</translation>
    </message>
    <message>
        <source>The scope belongs to failover %1: the primary %2 deletes it, then the scope is replicated to its partner.</source>
        <translation>Der Bereich gehört zum Failover %1: Der primäre Server %2 löscht die Reservierung, anschließend wird der Bereich auf dessen Partner repliziert.</translation>
    </message>
    <message>
        <source>%1 in maintenance. Contact it anyway to delete the reservation?</source>
        <translation>%1 in Wartung. Trotzdem Verbindung aufnehmen, um die Reservierung zu löschen?</translation>
    </message>
    <message>
        <source>Reservation deleted</source>
        <translation>Reservierung gelöscht</translation>
    </message>
    <message>
        <source>Reservation not deleted</source>
        <translation>Reservierung nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>leaselink::ReservationTableModel</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Client id: %4&lt;br&gt;Server: %5&lt;br&gt;Scope: %6&lt;br&gt;Type: %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Client-ID: %4&lt;br&gt;Server: %5&lt;br&gt;Bereich: %6&lt;br&gt;Typ: %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>leaselink::ScheduledSync</name>
    <message>
        <source>Scheduled sync skipped: the previous run is still going</source>
        <translation>Geplante Synchronisierung übersprungen: Der vorherige Lauf ist noch nicht beendet</translation>
    </message>
    <message>
        <source>Scheduled sync: no DHCP servers yet</source>
        <translation>Geplante Synchronisierung: noch keine DHCP-Server</translation>
    </message>
    <message>
        <source>Scheduled sync off: %1</source>
        <translation>Geplante Synchronisierung aus: %1</translation>
    </message>
    <message>
        <source>Scheduled sync off</source>
        <translation>Geplante Synchronisierung aus</translation>
    </message>
    <message numerus="yes">
        <source>Next sync %1 (every %n min)</source>
        <translation>
            <numerusform>Nächste Synchronisierung %1 (alle %n Min.)</numerusform>
            <numerusform>Nächste Synchronisierung %1 (alle %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled sync running…</source>
        <translation>Geplante Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Scheduled sync: %1</source>
        <translation>Geplante Synchronisierung: %1</translation>
    </message>
    <message>
        <source>last scheduled sync %1</source>
        <translation>letzte geplante Synchronisierung %1</translation>
    </message>
</context>
<context>
    <name>leaselink::ScopeEditDialog</name>
    <message>
        <source>New Scope</source>
        <translation>Neuer Bereich</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>Bereich %1 bearbeiten</translation>
    </message>
    <message>
        <source>10.0.1.0/24</source>
        <translation>10.0.1.0/24</translation>
    </message>
    <message>
        <source>Lease time value</source>
        <translation>Leasedauer (Wert)</translation>
    </message>
    <message>
        <source>Lease time unit</source>
        <translation>Leasedauer (Einheit)</translation>
    </message>
    <message>
        <source>None (never synced)</source>
        <translation>Keine (nie synchronisiert)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Ne&amp;tzwerk:</translation>
    </message>
    <message>
        <source>NetBox &amp;prefix id:</source>
        <translation>NetBox-&amp;Präfix-ID:</translation>
    </message>
    <message>
        <source>&amp;Start address:</source>
        <translation>&amp;Startadresse:</translation>
    </message>
    <message>
        <source>&amp;End address:</source>
        <translation>&amp;Endadresse:</translation>
    </message>
    <message>
        <source>&amp;Router:</source>
        <translation>&amp;Router:</translation>
    </message>
    <message>
        <source>&amp;Lease time:</source>
        <translation>&amp;Leasedauer:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>The network is not a valid prefix (for example 10.0.1.0/24).</source>
        <translation>Das Netzwerk ist kein gültiges Präfix (zum Beispiel 10.0.1.0/24).</translation>
    </message>
    <message>
        <source>Enter the id of the NetBox prefix the scope belongs to.</source>
        <translation>Geben Sie die ID des NetBox-Präfixes ein, zu dem der Bereich gehört.</translation>
    </message>
    <message>
        <source>The start address is not a valid IPv4 address.</source>
        <translation>Die Startadresse ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The end address is not a valid IPv4 address.</source>
        <translation>Die Endadresse ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The start address %1 is outside the network %2.</source>
        <translation>Die Startadresse %1 liegt außerhalb des Netzwerks %2.</translation>
    </message>
    <message>
        <source>The end address %1 is outside the network %2.</source>
        <translation>Die Endadresse %1 liegt außerhalb des Netzwerks %2.</translation>
    </message>
    <message>
        <source>The start address must not be after the end address.</source>
        <translation>Die Startadresse darf nicht hinter der Endadresse liegen.</translation>
    </message>
    <message>
        <source>The router is not a valid IPv4 address.</source>
        <translation>Der Router ist keine gültige IPv4-Adresse.</translation>
    </message>
    <message>
        <source>The router %1 is outside the network %2.</source>
        <translation>Der Router %1 liegt außerhalb des Netzwerks %2.</translation>
    </message>
    <message>
        <source>Add a DHCP server first: a scope needs a server or a failover.</source>
        <translation>Fügen Sie zuerst einen DHCP-Server hinzu: Ein Bereich braucht einen Server oder ein Failover.</translation>
    </message>
</context>
<context>
    <name>leaselink::ScopeTableModel</name>
    <message>
        <source>Exclusions:</source>
        <translation>Ausschlüsse:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Option values:</source>
        <translation>Optionswerte:</translation>
    </message>
    <message>
        <source>Unknown option</source>
        <translation>Unbekannte Option</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <source>Lease Time</source>
        <translation>Leasedauer</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Last Sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
</context>
<context>
    <name>leaselink::ScopesView</name>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Create scope</source>
        <translation>Bereich erstellen</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>Bereich bearbeiten</translation>
    </message>
    <message>
        <source>Delete scope</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Delete Scope</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Scopes are edited on the DHCP server while Push Scope Info to DHCP Server is off (Admin → Settings).</source>
        <translation>Bereiche werden auf dem DHCP-Server bearbeitet, solange „Push Scope Info to DHCP Server“ ausgeschaltet ist (Verwaltung → Einstellungen).</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Failover %1</source>
        <translation>Failover %1</translation>
    </message>
    <message>
        <source>Scope not saved</source>
        <translation>Bereich nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete scope %1 (%2) from LeaseLink? Its exclusion ranges and option value links are removed with it.</source>
        <translation>Bereich %1 (%2) aus LeaseLink löschen? Seine Ausschlussbereiche und Optionswert-Zuordnungen werden mit entfernt.</translation>
    </message>
    <message>
        <source>Scope not deleted</source>
        <translation>Bereich nicht gelöscht</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>E&amp;xclusions…</source>
        <translation>A&amp;usschlüsse…</translation>
    </message>
    <message>
        <source>Edit the exclusion ranges of the scope</source>
        <translation>Die Ausschlussbereiche des Bereichs bearbeiten</translation>
    </message>
    <message>
        <source>Start maintenance of the selected scope</source>
        <translation>Wartung des ausgewählten Bereichs starten</translation>
    </message>
    <message>
        <source>End maintenance of the selected scope</source>
        <translation>Wartung des ausgewählten Bereichs beenden</translation>
    </message>
    <message>
        <source>Exclusion ranges</source>
        <translation>Ausschlussbereiche</translation>
    </message>
    <message>
        <source>Exclusion ranges not saved</source>
        <translation>Ausschlussbereiche nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>leaselink::ServerActions</name>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Server…</source>
        <translation>Server &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Server…</source>
        <translation>Server &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Zertifikat…</translation>
    </message>
    <message>
        <source>App Token not saved</source>
        <translation>App-Token nicht gespeichert</translation>
    </message>
    <message>
        <source>Server not added</source>
        <translation>Server nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Server not saved</source>
        <translation>Server nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>Server löschen</translation>
    </message>
    <message>
        <source>Delete DHCP server %1 (%2)?</source>
        <translation>DHCP-Server %1 (%2) löschen?</translation>
    </message>
    <message>
        <source>Its stored App Token and trusted certificate are removed with it. Its standalone scopes stay in the cache without a server. Nothing changes on the DHCP server or in NetBox.</source>
        <translation>Sein gespeichertes App-Token und das vertraute Zertifikat werden mit entfernt. Seine eigenständigen Bereiche bleiben ohne Server im Cache. Auf dem DHCP-Server und in NetBox ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Server not deleted</source>
        <translation>Server nicht gelöscht</translation>
    </message>
    <message>
        <source>App Token not removed</source>
        <translation>App-Token nicht entfernt</translation>
    </message>
    <message>
        <source>The server was deleted, but its App Token could not be removed from the keychain: %1</source>
        <translation>Der Server wurde gelöscht, sein App-Token konnte jedoch nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Test Connection: %1</source>
        <translation>Verbindung testen: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: there is no certificate to check.</source>
        <translation>%1 verwendet unverschlüsseltes HTTP: Es gibt kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>Certificate not saved</source>
        <translation>Zertifikat nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Import from Server…</source>
        <translation>Vom Server &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the server&apos;s failovers, scopes, options and exclusion ranges into LeaseLink (adds only; nothing existing changes)</source>
        <translation>Failover, Bereiche, Optionen und Ausschlussbereiche des Servers in LeaseLink importieren (fügt nur hinzu; Bestehendes bleibt unverändert)</translation>
    </message>
    <message>
        <source>&amp;Update PSU Scripts…</source>
        <translation>PSU-Skripte akt&amp;ualisieren…</translation>
    </message>
    <message>
        <source>Create or update LeaseLink&apos;s endpoints on the selected PSU server (writer token with the &quot;apis/*&quot; permission)</source>
        <translation>Die Endpunkte von LeaseLink auf dem ausgewählten PSU-Server erstellen oder aktualisieren (Token mit Schreibrechten und der Berechtigung „apis/*“)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>failover %1</source>
        <translation>Failover %1</translation>
    </message>
    <message>
        <source>Import from Server</source>
        <translation>Vom Server importieren</translation>
    </message>
    <message>
        <source>%1 in maintenance. Import anyway?</source>
        <translation>%1 in Wartung. Trotzdem importieren?</translation>
    </message>
    <message>
        <source>Update PSU Scripts</source>
        <translation>PSU-Skripte aktualisieren</translation>
    </message>
    <message>
        <source>%1 is in maintenance: Update PSU Scripts is refused. End its maintenance first.</source>
        <translation>%1 ist in Wartung: „PSU-Skripte aktualisieren“ wird abgelehnt. Beenden Sie zuerst die Wartung.</translation>
    </message>
    <message>
        <source>%1 has no App Token: edit the server and enter a writer token whose role has the PSU permission &quot;apis/*&quot;.</source>
        <translation>%1 hat kein App-Token: Bearbeiten Sie den Server und geben Sie ein Token mit Schreibrechten ein, dessen Rolle die PSU-Berechtigung „apis/*“ hat.</translation>
    </message>
    <message>
        <source>Fetch the certificate the server presents, compare it with the trusted one and trust or replace it</source>
        <translation>Das vom Server vorgelegte Zertifikat abrufen, mit dem vertrauten vergleichen und ihm vertrauen oder das vertraute damit ersetzen</translation>
    </message>
    <message>
        <source>&amp;Forget Certificate…</source>
        <translation>Zertifikat ver&amp;gessen…</translation>
    </message>
    <message>
        <source>Remove the certificate trusted for the selected server; the next connection asks to trust it again</source>
        <translation>Das für den ausgewählten Server vertraute Zertifikat entfernen; bei der nächsten Verbindung wird erneut gefragt, ob ihm vertraut werden soll</translation>
    </message>
    <message>
        <source>Put the selected server into maintenance (with a note): every sync skips it</source>
        <translation>Den ausgewählten Server (mit einer Notiz) in Wartung versetzen: Jede Synchronisierung lässt ihn aus</translation>
    </message>
    <message>
        <source>Take the selected server out of maintenance: the next sync includes it again</source>
        <translation>Wartung des ausgewählten Servers beenden: Die nächste Synchronisierung bezieht ihn wieder ein</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>%1 is in maintenance. %2 contacts it anyway. Continue?</source>
        <translation>%1 ist in Wartung. „%2“ kontaktiert den Server trotzdem. Fortfahren?</translation>
    </message>
    <message>
        <source>Maintenance note: %1</source>
        <translation>Wartungsnotiz: %1</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Fetching the certificate</source>
        <translation>Zertifikat abrufen</translation>
    </message>
    <message>
        <source>Forget the certificate trusted for %1 (SHA-256 %2, expires %3)?

The next connection to %1 (Sync Now, Sync All, Import or Test Connection) asks you to trust its certificate again. Unless the system&apos;s certificate authorities verify it, the scheduled sync fails for this server until you do.</source>
        <translation>Das für %1 vertraute Zertifikat vergessen (SHA-256 %2, läuft ab am %3)?

Bei der nächsten Verbindung zu %1 („Jetzt synchronisieren“, „Alle Server synchronisieren“, Import oder „Verbindung testen“) werden Sie erneut gefragt, ob Sie seinem Zertifikat vertrauen. Sofern die Zertifizierungsstellen des Systems es nicht bestätigen, schlägt die geplante Synchronisierung für diesen Server fehl, bis Sie das getan haben.</translation>
    </message>
    <message>
        <source>Forget Certificate</source>
        <translation>Zertifikat vergessen</translation>
    </message>
    <message>
        <source>Certificate not removed</source>
        <translation>Zertifikat nicht entfernt</translation>
    </message>
</context>
<context>
    <name>leaselink::ServerDialog</name>
    <message>
        <source>Edit DHCP Server %1</source>
        <translation>DHCP-Server %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add DHCP Server</source>
        <translation>DHCP-Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>dhcp01.corp.example.com or 10.0.0.5</source>
        <translation>dhcp01.corp.example.com oder 10.0.0.5</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Use &amp;HTTPS</source>
        <translation>HTTP&amp;S verwenden</translation>
    </message>
    <message>
        <source>&amp;Verify the TLS certificate</source>
        <translation>&amp;TLS-Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Leave blank to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>PSU App Token (stored in the OS keychain)</source>
        <translation>PSU-App-Token (im Schlüsselbund des Betriebssystems gespeichert)</translation>
    </message>
    <message>
        <source>App &amp;Token:</source>
        <translation>App-T&amp;oken:</translation>
    </message>
    <message>
        <source>The stored token is never shown. A blank field keeps it; typing a token replaces it.</source>
        <translation>Das gespeicherte Token wird nie angezeigt. Ein leeres Feld behält es bei; ein eingegebenes Token ersetzt es.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Sync &amp;standalone scopes</source>
        <translation>&amp;Eigenständige Bereiche synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Fetch Certificate…</source>
        <translation>Zertifikat &amp;abrufen…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Enter a name for the server.</source>
        <translation>Geben Sie einen Namen für den Server ein.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the PSU server.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des PSU-Servers ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>None: plain HTTP sends the App Token unencrypted.</source>
        <translation>Keines: Unverschlüsseltes HTTP überträgt das App-Token im Klartext.</translation>
    </message>
    <message>
        <source>None trusted; the system&apos;s certificate authorities apply.</source>
        <translation>Keinem vertraut; es gelten die Zertifizierungsstellen des Systems.</translation>
    </message>
    <message>
        <source>Enter the host name first.</source>
        <translation>Geben Sie zuerst den Hostnamen ein.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: check it with Fetch Certificate.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Prüfen Sie es mit „Zertifikat abrufen“.</translation>
    </message>
    <message>
        <source>Send the stored App Token to the new &amp;address</source>
        <translation>Das gespeicherte App-Token an die neue A&amp;dresse senden</translation>
    </message>
    <message>
        <source>The address changed from %1 to %2: type the App Token for the new address, or tick &quot;Send the stored App Token to the new address&quot;.</source>
        <translation>Die Adresse hat sich von %1 in %2 geändert: Geben Sie das App-Token für die neue Adresse ein, oder setzen Sie das Häkchen bei „Das gespeicherte App-Token an die neue Adresse senden“.</translation>
    </message>
    <message>
        <source>The typed token replaces the stored one.</source>
        <translation>Das eingegebene Token ersetzt das gespeicherte.</translation>
    </message>
    <message>
        <source>The configuration file takes this host&apos;s App Token from an environment variable; the stored token is not sent.</source>
        <translation>Die Konfigurationsdatei bezieht das App-Token dieses Hosts aus einer Umgebungsvariablen; das gespeicherte Token wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The address changed from %1: a blank field no longer keeps the stored token by itself. Type the new address&apos;s token, or tick the box below to send the stored one there.</source>
        <translation>Die Adresse hat sich gegenüber %1 geändert: Ein leeres Feld behält das gespeicherte Token nicht mehr von selbst bei. Geben Sie das Token der neuen Adresse ein, oder setzen Sie unten das Häkchen, um das gespeicherte dorthin zu senden.</translation>
    </message>
    <message>
        <source>The certificate trusted for %1:%2 does not apply to the new address; fetch the new one.</source>
        <translation>Das für %1:%2 vertraute Zertifikat gilt nicht für die neue Adresse; rufen Sie das neue ab.</translation>
    </message>
</context>
<context>
    <name>leaselink::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Verify TLS</source>
        <translation>TLS prüfen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Script version</source>
        <translation>Skriptversion</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Schreibzugriff</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>None (HTTP)</source>
        <translation>Keines (HTTP)</translation>
    </message>
    <message>
        <source>System CAs</source>
        <translation>System-CAs</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>⚠ expires in %n day(s)</source>
        <translation>
            <numerusform>⚠ läuft in %n Tag ab</numerusform>
            <numerusform>⚠ läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored (no expiry date)</source>
        <translation>Gespeichert (ohne Ablaufdatum)</translation>
    </message>
    <message>
        <source>No (read-only token)</source>
        <translation>Nein (Token nur mit Leserechten)</translation>
    </message>
    <message>
        <source>No health check has read the script version yet (Test Connection reads it). LeaseLink ships version %1.</source>
        <translation>Noch keine Zustandsprüfung hat die Skriptversion gelesen („Verbindung testen“ liest sie). LeaseLink bringt Version %1 mit.</translation>
    </message>
    <message>
        <source>Matches the script version LeaseLink ships.</source>
        <translation>Entspricht der Skriptversion, die LeaseLink mitbringt.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Not checked yet: a health check (Test Connection or a sync) finds out whether the App Token may write.</source>
        <translation>Noch nicht geprüft: Eine Zustandsprüfung („Verbindung testen“ oder eine Synchronisierung) ermittelt, ob das App-Token schreiben darf.</translation>
    </message>
    <message>
        <source>Plain HTTP: no certificate.</source>
        <translation>Unverschlüsseltes HTTP: kein Zertifikat.</translation>
    </message>
    <message>
        <source>No certificate trusted for this server: the system&apos;s certificate authorities verify it.</source>
        <translation>Für diesen Server wird keinem eigenen Zertifikat vertraut: Die Zertifizierungsstellen des Systems prüfen es.</translation>
    </message>
    <message>
        <source>TLS verification is off for this server.</source>
        <translation>Die TLS-Prüfung ist für diesen Server ausgeschaltet.</translation>
    </message>
    <message>
        <source>Trusted certificate, SHA-256 %1
Expires %2</source>
        <translation>Vertrautes Zertifikat, SHA-256 %1
Läuft ab am %2</translation>
    </message>
    <message>
        <source>In maintenance since %1 (by %2)</source>
        <translation>In Wartung seit %1 (von %2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>leaselink::SettingEditDialog</name>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>tag slug, or empty for none</source>
        <translation>Tag-Slug, oder leer für keinen</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Kept for parity with the NetBox plugin; it changes nothing in LeaseLink.</source>
        <translation>Nur zur Übereinstimmung mit dem NetBox-Plugin vorhanden; in LeaseLink ändert sie nichts.</translation>
    </message>
    <message>
        <source>⚠ The configuration file %1 forces this setting, so it cannot be changed here. Change or remove its entry in that file.</source>
        <translation>⚠ Die Konfigurationsdatei %1 erzwingt diese Einstellung, daher kann sie hier nicht geändert werden. Ändern oder entfernen Sie ihren Eintrag in dieser Datei.</translation>
    </message>
</context>
<context>
    <name>leaselink::SettingsTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Forced by %1 (stored value: %2)</source>
        <translation>Erzwungen durch %1 (gespeicherter Wert: %2)</translation>
    </message>
    <message>
        <source>Kept for parity with the NetBox plugin; no effect in LeaseLink</source>
        <translation>Nur zur Übereinstimmung mit dem NetBox-Plugin vorhanden; in LeaseLink ohne Wirkung</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>%1

Forced by the configuration file %2; change it there.</source>
        <translation>%1

Erzwungen durch die Konfigurationsdatei %2; ändern Sie die Einstellung dort.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Value: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Default: %2&lt;br&gt;Accepts: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wert: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Standard: %2&lt;br&gt;Zulässig: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Forced by the configuration file %1&lt;/b&gt; (key &lt;code&gt;%2&lt;/code&gt;); the stored value %3 applies again once the file no longer forces it. It cannot be changed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erzwungen durch die Konfigurationsdatei %1&lt;/b&gt; (Schlüssel &lt;code&gt;%2&lt;/code&gt;); der gespeicherte Wert %3 gilt wieder, sobald die Datei die Einstellung nicht mehr erzwingt. Sie kann hier nicht geändert werden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leaselink::SettingsView</name>
    <message>
        <source>Configuration file overrides</source>
        <translation>Vorgaben der Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>E&amp;dit Setting…</source>
        <translation>&amp;Einstellung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit setting</source>
        <translation>Einstellung bearbeiten</translation>
    </message>
    <message>
        <source>Select a setting to edit.</source>
        <translation>Wählen Sie eine Einstellung zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>The configuration file forces this setting; change it there.</source>
        <translation>Die Konfigurationsdatei erzwingt diese Einstellung; ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Edit the selected setting (Enter).</source>
        <translation>Die ausgewählte Einstellung bearbeiten (Eingabetaste).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The configuration file %1 forces these settings.&lt;/b&gt; They are greyed out below and cannot be changed here; change them in that file.</source>
        <translation>&lt;b&gt;Die Konfigurationsdatei %1 erzwingt diese Einstellungen.&lt;/b&gt; Sie sind unten ausgegraut und können hier nicht geändert werden; ändern Sie sie in dieser Datei.</translation>
    </message>
    <message>
        <source>%1 (&lt;code&gt;%2&lt;/code&gt;) = &lt;b&gt;%3&lt;/b&gt;, forced by &lt;code&gt;%4&lt;/code&gt;; stored value: %5</source>
        <translation>%1 (&lt;code&gt;%2&lt;/code&gt;) = &lt;b&gt;%3&lt;/b&gt;, erzwungen durch &lt;code&gt;%4&lt;/code&gt;; gespeicherter Wert: %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;App Tokens from the environment&lt;/b&gt; (named in %1), used instead of the stored token for the server with that host name:</source>
        <translation>&lt;b&gt;App-Tokens aus der Umgebung&lt;/b&gt; (in %1 benannt), verwendet anstelle des gespeicherten Tokens für den Server mit diesem Hostnamen:</translation>
    </message>
    <message>
        <source>%1: environment variable &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>%1: Umgebungsvariable &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems in the configuration file %1&lt;/b&gt;; these entries are ignored and the stored values apply:</source>
        <translation>&lt;b&gt;Probleme in der Konfigurationsdatei %1&lt;/b&gt;; diese Einträge werden ignoriert, und es gelten die gespeicherten Werte:</translation>
    </message>
</context>
<context>
    <name>leaselink::SyncDialog</name>
    <message>
        <source>Sync all DHCP servers with NetBox</source>
        <translation>Alle DHCP-Server mit NetBox synchronisieren</translation>
    </message>
    <message>
        <source>Sync %1 with NetBox</source>
        <translation>%1 mit NetBox synchronisieren</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 to delete</source>
        <translation>%1 zu erstellen, %2 zu aktualisieren, %3 zu löschen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Ready. Preview the changes first, or sync now.</source>
        <translation>Bereit. Zeigen Sie zuerst eine Vorschau der Änderungen an, oder synchronisieren Sie sofort.</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Synchronisierungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>&amp;Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Read the servers and NetBox and show what would change; nothing is written until you apply.</source>
        <translation>Server und NetBox lesen und anzeigen, was sich ändern würde; geschrieben wird erst, wenn Sie übernehmen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Write exactly the previewed changes.</source>
        <translation>Genau die Änderungen aus der Vorschau schreiben.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Read, plan and write in one go.</source>
        <translation>Lesen, planen und schreiben in einem Durchgang.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling… what was written stays, the rest is left for the next run.</source>
        <translation>Wird abgebrochen… Bereits Geschriebenes bleibt bestehen, der Rest folgt beim nächsten Lauf.</translation>
    </message>
    <message>
        <source>Apply writes exactly these changes.</source>
        <translation>Übernehmen schreibt genau diese Änderungen.</translation>
    </message>
    <message>
        <source>Sync %1 in %2 s: %3 created, %4 updated, %5 deleted in NetBox, %6 failed.</source>
        <translation>Synchronisierung %1 in %2 s: %3 erstellt, %4 aktualisiert, %5 gelöscht in NetBox, %6 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Failed: %1: %2: %3</source>
        <translation>Fehlgeschlagen: %1: %2: %3</translation>
    </message>
    <message>
        <source>scope change</source>
        <translation>Bereichsänderung</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preview %1 in %2 s: %3 in NetBox. Nothing has been written.</source>
        <translation>Vorschau %1 in %2 s: %3 in NetBox. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>leaselink::TrayIcon</name>
    <message>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;verbergen</translation>
    </message>
    <message>
        <source>Sync &amp;All Servers…</source>
        <translation>&amp;Alle Server synchronisieren…</translation>
    </message>
    <message>
        <source>&amp;Quit LeaseLink</source>
        <translation>LeaseLink &amp;beenden</translation>
    </message>
    <message>
        <source>LeaseLink</source>
        <translation>LeaseLink</translation>
    </message>
    <message>
        <source>LeaseLink — %1</source>
        <translation>LeaseLink — %1</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more: see the LeaseLink window</source>
        <translation>
            <numerusform>und %n weitere Meldung: siehe LeaseLink-Fenster</numerusform>
            <numerusform>und %n weitere Meldungen: siehe LeaseLink-Fenster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>leaselink::cli::CliText</name>
    <message>
        <source>%1:%2 presented no certificate.
</source>
        <translation>%1:%2 hat kein Zertifikat vorgelegt.
</translation>
    </message>
    <message>
        <source>Certificate presented by %1:%2
</source>
        <translation>Von %1:%2 vorgelegtes Zertifikat
</translation>
    </message>
    <message>
        <source>This is the certificate already trusted for %1.</source>
        <translation>Dies ist das Zertifikat, dem für %1 bereits vertraut wird.</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has CHANGED since it was trusted.
  trusted:   %2
  presented: %3
Someone may be intercepting the connection, or the server got a new certificate. Confirm the new fingerprint with the server&apos;s admin before trusting it.</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich GEÄNDERT, seit ihm vertraut wurde.
  vertraut:   %2
  vorgelegt:  %3
Möglicherweise fängt jemand die Verbindung ab, oder der Server hat ein neues Zertifikat erhalten. Lassen Sie sich den neuen Fingerabdruck vom Administrator des Servers bestätigen, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>This computer already trusts the certificate; nothing to store.</source>
        <translation>Dieser Computer vertraut dem Zertifikat bereits; es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>The fingerprint matches: trusting this certificate for %1.</source>
        <translation>Der Fingerabdruck stimmt überein: Diesem Zertifikat wird für %1 vertraut.</translation>
    </message>
    <message>
        <source>Usage: leaselink-cli [--data-dir DIR] [--config FILE] [--json] [--demo] COMMAND [ARGS...]

LeaseLink keeps Windows DHCP servers (through PowerShell Universal) and NetBox
IPAM in step. This is its command-line interface, for scripts, cron, systemd
timers and Windows Task Scheduler.

Global options:
  --data-dir DIR   Use the cache in DIR (default: $LEASELINK_DATA_DIR, else the
                   platform&apos;s application data folder).
  --config FILE    Configuration-file overrides (default: $LEASELINK_CONFIG, else
                   leaselink.json in the platform&apos;s configuration folder).
  --demo           Run the command against an in-process lab (dataset M, HTTPS)
                   with a throw-away data directory, servers and NetBox
                   configured and trusted; --data-dir is ignored and nothing
                   of yours is read or changed.
  --json           Machine-readable JSON on stdout (list, show, status, validate,
                   jobs, sync); the same as the command&apos;s own --json.
  --verbose, -v    Also print LeaseLink&apos;s informational log lines on stderr.
  --help, -h       Show this help. &apos;COMMAND --help&apos; shows a command&apos;s options.
  --version        Show the version.

Commands:
</source>
        <translation>Aufruf: leaselink-cli [--data-dir DIR] [--config DATEI] [--json] [--demo] BEFEHL [ARG...]

LeaseLink hält Windows-DHCP-Server (über PowerShell Universal) und NetBox-IPAM
auf demselben Stand. Dies ist die Befehlszeilenschnittstelle für Skripte, cron,
systemd-Timer und die Windows-Aufgabenplanung.

Globale Optionen:
  --data-dir DIR   Den Cache in DIR verwenden (Standard: $LEASELINK_DATA_DIR,
                   sonst der Anwendungsdatenordner der Plattform).
  --config DATEI   Überschreibungen per Konfigurationsdatei (Standard:
                   $LEASELINK_CONFIG, sonst leaselink.json im
                   Konfigurationsordner der Plattform).
  --demo           Den Befehl gegen ein prozessinternes Labor ausführen
                   (Datensatz M, HTTPS) mit einem Wegwerf-Datenverzeichnis,
                   eingerichteten und vertrauten Servern und NetBox; --data-dir
                   wird ignoriert, von Ihren Daten wird nichts gelesen oder
                   geändert.
  --json           Maschinenlesbares JSON auf stdout (list, show, status,
                   validate, jobs, sync); dasselbe wie --json des Befehls.
  --verbose, -v    Auch die informativen Protokollzeilen von LeaseLink auf
                   stderr ausgeben.
  --help, -h       Diese Hilfe anzeigen. &apos;BEFEHL --help&apos; zeigt die Optionen
                   eines Befehls.
  --version        Die Version anzeigen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Secrets: App Tokens and the NetBox token are kept in the OS keychain, never in
the cache or on the command line. Headless runs without a keychain can supply
them in LEASELINK_PSU_TOKEN_&lt;SERVER NAME&gt; and LEASELINK_NETBOX_TOKEN (the server
name upper-cased, other characters than letters and digits replaced by &apos;_&apos;).

Exit codes:
  0  success
  1  the command ran but some items failed (see the output); validate: problems
     found
  2  usage error or invalid value; nothing was changed
  3  a server or NetBox was unreachable or refused the credentials
  4  the data file could not be opened, is from a newer version, or refused the
     change
  5  another LeaseLink process is busy with the same server or data file
  6  the keychain is unavailable or refused the operation
  7  the certificate is not trusted: unknown, changed since it was trusted, or
     --trust-fingerprint does not match it
</source>
        <translation>
Geheimnisse: App-Tokens und das NetBox-Token liegen im Schlüsselbund des
Betriebssystems, nie im Cache oder auf der Befehlszeile. Läufe ohne Sitzung und
ohne Schlüsselbund können sie in LEASELINK_PSU_TOKEN_&lt;SERVERNAME&gt; und
LEASELINK_NETBOX_TOKEN übergeben (der Servername in Großbuchstaben, alle Zeichen
außer Buchstaben und Ziffern durch &apos;_&apos; ersetzt).

Exit-Codes:
  0  Erfolg
  1  der Befehl lief, aber einzelne Elemente sind fehlgeschlagen (siehe
     Ausgabe); validate: Probleme gefunden
  2  Aufruffehler oder ungültiger Wert; nichts wurde geändert
  3  ein Server oder NetBox war nicht erreichbar oder hat die Anmeldedaten
     abgelehnt
  4  die Datendatei konnte nicht geöffnet werden, stammt von einer neueren
     Version oder hat die Änderung abgelehnt
  5  ein anderer LeaseLink-Prozess arbeitet mit demselben Server oder derselben
     Datendatei
  6  der Schlüsselbund ist nicht verfügbar oder hat den Vorgang abgelehnt
  7  dem Zertifikat wird nicht vertraut: unbekannt, seit dem Vertrauen geändert,
     oder --trust-fingerprint passt nicht dazu
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see leaselink-cli --help)</source>
        <translation>unbekannte Option &apos;%1&apos; (siehe leaselink-cli --help)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see leaselink-cli --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe leaselink-cli --help)</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>%1 (usage: %2)</source>
        <translation>%1 (Aufruf: %2)</translation>
    </message>
    <message>
        <source>missing argument (usage: %1)</source>
        <translation>Argument fehlt (Aufruf: %1)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (usage: %2)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (Aufruf: %2)</translation>
    </message>
    <message>
        <source>Usage: leaselink-cli %1</source>
        <translation>Aufruf: leaselink-cli %1</translation>
    </message>
    <message>
        <source> Refusing without --yes, because standard input is not a terminal.</source>
        <translation> Ohne --yes abgelehnt, weil die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Test Connection: %1
</source>
        <translation>Verbindung testen: %1
</translation>
    </message>
    <message>
        <source>Result: every step passed.
</source>
        <translation>Ergebnis: Alle Schritte bestanden.
</translation>
    </message>
    <message>
        <source>  jobs [list] [--limit N] [--json] | jobs show ID [--json]
      The job history (sync, import, ...), newest first, or one job with its log.
</source>
        <translation>  jobs [list] [--limit N] [--json] | jobs show ID [--json]
      Der Auftragsverlauf (sync, import, ...), neueste zuerst, oder ein Auftrag
      mit seinem Protokoll.
</translation>
    </message>
    <message>
        <source>unknown jobs command &apos;%1&apos; (expected list or show)</source>
        <translation>unbekannter jobs-Befehl &apos;%1&apos; (erwartet: list oder show)</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show at most N jobs (default 50).</source>
        <translation>Höchstens N Aufträge anzeigen (Standard 50).</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a number from 1 to 10000</source>
        <translation>--limit &apos;%1&apos; ist keine Zahl von 1 bis 10000</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>Noch keine Aufträge.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id (see &apos;leaselink-cli jobs list&apos;)</source>
        <translation>&apos;%1&apos; ist keine Auftrags-ID (siehe &apos;leaselink-cli jobs list&apos;)</translation>
    </message>
    <message>
        <source>  maintenance on|off OBJECT [--note TEXT]
      Put a server, failover or scope into maintenance (no sync path reads or writes
      it) or take it out. OBJECT: server:NAME, failover:NAME, scope:NAME or
      scope:CIDR, or a plain server name. &apos;on&apos; records the time, your user name and
      the note; &apos;off&apos; clears them.
</source>
        <translation>  maintenance on|off OBJEKT [--note TEXT]
      Einen Server, ein Failover oder einen Bereich in Wartung versetzen (keine
      Synchronisierung liest oder schreibt ihn) oder die Wartung beenden.
      OBJEKT: server:NAME, failover:NAME, scope:NAME oder scope:CIDR, oder
      einfach ein Servername. &apos;on&apos; vermerkt Zeit, Ihren Benutzernamen und die Notiz; &apos;off&apos;
      löscht sie.
</translation>
    </message>
    <message>
        <source>Why (e.g. a change ticket); only with &apos;on&apos;.</source>
        <translation>Warum (z. B. ein Change-Ticket); nur mit &apos;on&apos;.</translation>
    </message>
    <message>
        <source>expected &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos; (maintenance on|off OBJECT)</source>
        <translation>erwartet &apos;on&apos; oder &apos;off&apos;, nicht &apos;%1&apos; (maintenance on|off OBJEKT)</translation>
    </message>
    <message>
        <source>--note goes with &apos;on&apos;; &apos;off&apos; clears the note</source>
        <translation>--note gehört zu &apos;on&apos;; &apos;off&apos; löscht die Notiz</translation>
    </message>
    <message>
        <source>the object name is empty (e.g. server:dhcp01)</source>
        <translation>der Objektname ist leer (z. B. server:dhcp01)</translation>
    </message>
    <message>
        <source>unknown object type &apos;%1&apos; (expected server:NAME, failover:NAME or scope:NAME)</source>
        <translation>unbekannter Objekttyp &apos;%1&apos; (erwartet: server:NAME, failover:NAME oder scope:NAME)</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos; (see &apos;leaselink-cli servers list&apos;)</source>
        <translation>kein Server namens &apos;%1&apos; (siehe &apos;leaselink-cli servers list&apos;)</translation>
    </message>
    <message>
        <source>no failover named &apos;%1&apos;</source>
        <translation>kein Failover namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no scope named &apos;%1&apos;</source>
        <translation>kein Bereich namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 scopes match &apos;%2&apos; (%3); name one by its prefix, e.g. scope:%4</source>
        <translation>%1 Bereiche passen zu &apos;%2&apos; (%3); geben Sie einen über sein Präfix an, z. B. scope:%4</translation>
    </message>
    <message>
        <source>Maintenance on for %1 (by %2).</source>
        <translation>Wartung ein für %1 (durch %2).</translation>
    </message>
    <message>
        <source>Maintenance off for %1.</source>
        <translation>Wartung aus für %1.</translation>
    </message>
    <message>
        <source>Trust NetBox&apos;s certificate when its SHA-256 fingerprint is exactly FP.</source>
        <translation>Dem Zertifikat von NetBox vertrauen, wenn sein SHA-256-Fingerabdruck genau FP ist.</translation>
    </message>
    <message>
        <source>no NetBox connection yet: set one with &apos;leaselink-cli netbox set URL&apos;</source>
        <translation>noch keine NetBox-Verbindung: richten Sie eine mit &apos;leaselink-cli netbox set URL&apos; ein</translation>
    </message>
    <message>
        <source>none trusted (system trust only)</source>
        <translation>keinem vertraut (nur Vertrauen des Systems)</translation>
    </message>
    <message>
        <source>URL:          %1
Verify TLS:   %2
Certificate:  %3
API token:    %4
</source>
        <translation>URL:          %1
TLS prüfen:   %2
Zertifikat:   %3
API-Token:    %4
</translation>
    </message>
    <message>
        <source>  netbox show [--json]
      Show the NetBox connection and whether an API token is available.
  netbox set URL [--no-verify] [--token-env VAR | --no-token] [--trust-fingerprint FP]
      Save the NetBox URL; the API token is read from VAR or prompted for and
      stored in the OS keychain.
  netbox test [--trust-fingerprint FP] [--json]
      Check reachability, TLS, the token, the NetBox version, write permission
      and the dhcp_client_id custom field. Changes nothing in NetBox.
  netbox certificate | netbox trust --fingerprint FP | netbox untrust [--yes]
      Show, trust or forget NetBox&apos;s certificate.
</source>
        <translation>  netbox show [--json]
      Die NetBox-Verbindung anzeigen und ob ein API-Token verfügbar ist.
  netbox set URL [--no-verify] [--token-env VAR | --no-token] [--trust-fingerprint FP]
      Die NetBox-URL speichern; das API-Token wird aus VAR gelesen oder
      abgefragt und im Schlüsselbund des Betriebssystems gespeichert.
  netbox test [--trust-fingerprint FP] [--json]
      Erreichbarkeit, TLS, das Token, die NetBox-Version, die Schreibrechte und
      das Feld dhcp_client_id prüfen. Ändert nichts in NetBox.
  netbox certificate | netbox trust --fingerprint FP | netbox untrust [--yes]
      Das Zertifikat von NetBox anzeigen, ihm vertrauen oder es vergessen.
</translation>
    </message>
    <message>
        <source>unknown netbox command &apos;%1&apos; (expected show, set, test, certificate, trust or untrust)</source>
        <translation>unbekannter netbox-Befehl &apos;%1&apos; (erwartet: show, set, test, certificate, trust oder untrust)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Do not verify NetBox&apos;s certificate (not recommended).</source>
        <translation>Das Zertifikat von NetBox nicht prüfen (nicht empfohlen).</translation>
    </message>
    <message>
        <source>Read the API token from environment variable VAR.</source>
        <translation>Das API-Token aus der Umgebungsvariablen VAR lesen.</translation>
    </message>
    <message>
        <source>Do not ask for a token; keep any stored one.</source>
        <translation>Nicht nach einem Token fragen; ein gespeichertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>two different URLs given (&apos;%1&apos; and &apos;%2&apos;)</source>
        <translation>zwei verschiedene URLs angegeben (&apos;%1&apos; und &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the NetBox URL is required, e.g. &apos;netbox set https://netbox.example.com/&apos;</source>
        <translation>die NetBox-URL ist erforderlich, z. B. &apos;netbox set https://netbox.example.com/&apos;</translation>
    </message>
    <message>
        <source>--token-env and --no-token exclude each other</source>
        <translation>--token-env und --no-token schließen einander aus</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; is not an http:// or https:// address with a host name, e.g. https://netbox.example.com/</source>
        <translation>URL &apos;%1&apos; ist keine http://- oder https://-Adresse mit Hostnamen, z. B. https://netbox.example.com/</translation>
    </message>
    <message>
        <source>NetBox API token (input hidden): </source>
        <translation>NetBox-API-Token (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>--trust-fingerprint needs an https:// URL</source>
        <translation>--trust-fingerprint braucht eine https://-URL</translation>
    </message>
    <message>
        <source>the NetBox URL was saved but the API token was not: </source>
        <translation>die NetBox-URL wurde gespeichert, das API-Token jedoch nicht: </translation>
    </message>
    <message>
        <source>Saved the NetBox connection %1.</source>
        <translation>NetBox-Verbindung %1 gespeichert.</translation>
    </message>
    <message>
        <source>No new API token given. Headless runs can supply it in environment variable %1.</source>
        <translation>Kein neues API-Token angegeben. Läufe ohne Sitzung können es in der Umgebungsvariablen %1 übergeben.</translation>
    </message>
    <message>
        <source>warning: TLS verification is off for NetBox; anyone on the path can read its API token.</source>
        <translation>Warnung: Die TLS-Prüfung ist für NetBox ausgeschaltet; jeder auf dem Übertragungsweg kann das API-Token mitlesen.</translation>
    </message>
    <message>
        <source>Trusted the certificate %1 for NetBox.</source>
        <translation>Dem Zertifikat %1 wird für NetBox vertraut.</translation>
    </message>
    <message>
        <source>--fingerprint FP is required; see the fingerprint with &apos;netbox certificate&apos;</source>
        <translation>--fingerprint FP ist erforderlich; den Fingerabdruck zeigt &apos;netbox certificate&apos;</translation>
    </message>
    <message>
        <source>NetBox is reached over HTTP: there is no certificate to check (and the API token travels in clear text)</source>
        <translation>NetBox wird über HTTP erreicht: Es gibt kein Zertifikat zu prüfen (und das API-Token wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>Saved. Requests to NetBox now accept this certificate and no other.</source>
        <translation>Gespeichert. Anfragen an NetBox akzeptieren jetzt dieses Zertifikat und kein anderes.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>No certificate is trusted for NetBox.</source>
        <translation>Für NetBox wird keinem Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>Forget the certificate %1 trusted for NetBox?</source>
        <translation>Das für NetBox vertraute Zertifikat %1 vergessen?</translation>
    </message>
    <message>
        <source>Forgot the certificate trusted for NetBox.</source>
        <translation>Das für NetBox vertraute Zertifikat wurde vergessen.</translation>
    </message>
    <message>
        <source>Contact the server although it is in maintenance.</source>
        <translation>Den Server kontaktieren, obwohl er in Wartung ist.</translation>
    </message>
    <message>
        <source>Server &apos;%1&apos; is in maintenance (since %2). Contact it anyway?</source>
        <translation>Server &apos;%1&apos; ist in Wartung (seit %2). Trotzdem kontaktieren?</translation>
    </message>
    <message>
        <source> No request was sent; give --ignore-maintenance to contact it.</source>
        <translation> Es wurde keine Anfrage gesendet; geben Sie --ignore-maintenance an, um ihn zu kontaktieren.</translation>
    </message>
    <message>
        <source>cancelled; no request was sent</source>
        <translation>abgebrochen; es wurde keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos; (see &apos;servers list&apos;)</source>
        <translation>kein Server namens &apos;%1&apos; (siehe &apos;servers list&apos;)</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate when its SHA-256 fingerprint is exactly FP (compare it with the server&apos;s own first).</source>
        <translation>Dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck genau FP ist (vergleichen Sie ihn zuerst mit dem auf dem Server).</translation>
    </message>
    <message>
        <source>  servers test-connection NAME [--trust-fingerprint FP] [--json]
                              [--ignore-maintenance]
      Check reachability, TLS, the App Token, read and write access and the PSU
      script version, one step at a time. Changes nothing on the server.
  servers certificate NAME
      Show the certificate the server presents next to the one trusted for it.
  servers trust NAME --fingerprint FP
      Trust the server&apos;s certificate if its SHA-256 fingerprint is exactly FP.
  servers untrust NAME [--yes]
      Forget the certificate trusted for the server.
  A server in maintenance is contacted only after confirmation (on a terminal) or
  with --ignore-maintenance.
</source>
        <translation>  servers test-connection NAME [--trust-fingerprint FP] [--json]
                              [--ignore-maintenance]
      Erreichbarkeit, TLS, das App-Token, Lese- und Schreibzugriff und die
      Version des PSU-Skripts Schritt für Schritt prüfen. Ändert nichts auf dem
      Server.
  servers certificate NAME
      Das Zertifikat, das der Server vorlegt, neben dem vertrauten anzeigen.
  servers trust NAME --fingerprint FP
      Dem Zertifikat des Servers vertrauen, wenn sein SHA-256-Fingerabdruck
      genau FP ist.
  servers untrust NAME [--yes]
      Das für den Server vertraute Zertifikat vergessen.
  Ein Server in Wartung wird nur nach Bestätigung (an einem Terminal) oder mit
  --ignore-maintenance kontaktiert.
</translation>
    </message>
    <message>
        <source>warning: no App Token stored for &apos;%1&apos;</source>
        <translation>Warnung: für &apos;%1&apos; ist kein App-Token gespeichert</translation>
    </message>
    <message>
        <source>Trusted the certificate %1 for &apos;%2&apos;.</source>
        <translation>Dem Zertifikat %1 wird für &apos;%2&apos; vertraut.</translation>
    </message>
    <message>
        <source>warning: the result was not saved: </source>
        <translation>Warnung: Das Ergebnis wurde nicht gespeichert: </translation>
    </message>
    <message>
        <source>server &apos;%1&apos; uses HTTP: there is no certificate to check (and its App Token travels in clear text)</source>
        <translation>Server &apos;%1&apos; verwendet HTTP: Es gibt kein Zertifikat zu prüfen (und sein App-Token wird im Klartext übertragen)</translation>
    </message>
    <message>
        <source>--fingerprint FP is required; see the fingerprint with &apos;servers certificate %1&apos;</source>
        <translation>--fingerprint FP ist erforderlich; den Fingerabdruck zeigt &apos;servers certificate %1&apos;</translation>
    </message>
    <message>
        <source>Trusted for %1: SHA-256 %2, expires %3</source>
        <translation>Vertraut für %1: SHA-256 %2, läuft ab am %3</translation>
    </message>
    <message>
        <source>Saved. Requests to &apos;%1&apos; now accept this certificate and no other.</source>
        <translation>Gespeichert. Anfragen an &apos;%1&apos; akzeptieren jetzt dieses Zertifikat und kein anderes.</translation>
    </message>
    <message>
        <source>No certificate is trusted for &apos;%1&apos;.</source>
        <translation>Für &apos;%1&apos; wird keinem Zertifikat vertraut.</translation>
    </message>
    <message>
        <source>Forget the certificate %1 trusted for &apos;%2&apos;? Its requests will then need a certificate this computer trusts.</source>
        <translation>Das für &apos;%2&apos; vertraute Zertifikat %1 vergessen? Anfragen an den Server brauchen dann ein Zertifikat, dem dieser Computer vertraut.</translation>
    </message>
    <message>
        <source>Forgot the certificate trusted for &apos;%1&apos;.</source>
        <translation>Das für &apos;%1&apos; vertraute Zertifikat wurde vergessen.</translation>
    </message>
    <message>
        <source>  servers list [--json]
      List the DHCP servers in the local cache.
  servers add NAME --hostname HOST [--port P] [--http] [--no-verify]
              [--token-env VAR | --no-token] [--description TEXT] [--timeout SECONDS]
              [--no-standalone-scopes] [--trust-fingerprint FP]
      Add a server. The PSU App Token is read from environment variable VAR, or
      prompted for on a terminal, and stored in the OS keychain - never in the cache.
  servers edit NAME [--hostname H] [--port P] [--http|--https] [--verify|--no-verify]
              [--token-env VAR] [--description TEXT] [--timeout SECONDS]
              [--sync-standalone on|off]
      Change a server; what is not given stays. Without --token-env the stored App
      Token is kept. A new host, port or scheme forgets the trusted certificate.
  servers remove NAME [--yes]
      Remove a server and its stored App Token (asks first unless --yes).
</source>
        <translation>  servers list [--json]
      Die DHCP-Server im lokalen Cache auflisten.
  servers add NAME --hostname HOST [--port P] [--http] [--no-verify]
              [--token-env VAR | --no-token] [--description TEXT] [--timeout SEKUNDEN]
              [--no-standalone-scopes] [--trust-fingerprint FP]
      Einen Server hinzufügen. Das PSU-App-Token wird aus der Umgebungsvariablen
      VAR gelesen oder an einem Terminal abgefragt und im Schlüsselbund des
      Betriebssystems gespeichert - nie im Cache.
  servers edit NAME [--hostname H] [--port P] [--http|--https] [--verify|--no-verify]
              [--token-env VAR] [--description TEXT] [--timeout SEKUNDEN]
              [--sync-standalone on|off]
      Einen Server ändern; was nicht angegeben ist, bleibt. Ohne --token-env
      bleibt das gespeicherte App-Token erhalten. Ein neuer Host, Port oder ein
      neues Schema vergisst das vertraute Zertifikat.
  servers remove NAME [--yes]
      Einen Server und sein gespeichertes App-Token entfernen (fragt vorher,
      außer mit --yes).
</translation>
    </message>
    <message>
        <source>No DHCP servers. Add one with: leaselink-cli servers add NAME --hostname HOST</source>
        <translation>Keine DHCP-Server. Fügen Sie einen hinzu mit: leaselink-cli servers add NAME --hostname HOST</translation>
    </message>
    <message>
        <source>--hostname is required</source>
        <translation>--hostname ist erforderlich</translation>
    </message>
    <message>
        <source>--port &apos;%1&apos; is not a port number (1-65535)</source>
        <translation>--port &apos;%1&apos; ist keine Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>--timeout &apos;%1&apos; is not a number of seconds (1-3600)</source>
        <translation>--timeout &apos;%1&apos; ist keine Anzahl Sekunden (1-3600)</translation>
    </message>
    <message>
        <source>PSU App Token for %1 (input hidden): </source>
        <translation>PSU-App-Token für %1 (Eingabe verborgen): </translation>
    </message>
    <message>
        <source>--trust-fingerprint needs HTTPS (drop --http)</source>
        <translation>--trust-fingerprint braucht HTTPS (--http weglassen)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; was not added: %2</source>
        <translation>Server &apos;%1&apos; wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Added server &apos;%1&apos; (%2).</source>
        <translation>Server &apos;%1&apos; (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>No App Token stored. Headless runs can supply it in environment variable %1.</source>
        <translation>Kein App-Token gespeichert. Läufe ohne Sitzung können es in der Umgebungsvariablen %1 übergeben.</translation>
    </message>
    <message>
        <source>warning: TLS verification is off for &apos;%1&apos;; anyone on the path can read its App Token.</source>
        <translation>Warnung: Die TLS-Prüfung ist für &apos;%1&apos; ausgeschaltet; jeder auf dem Übertragungsweg kann sein App-Token mitlesen.</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos;</source>
        <translation>kein Server namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Remove server &apos;%1&apos; (%2) and its stored App Token? Its standalone scopes stay in the cache without a server.</source>
        <translation>Server &apos;%1&apos; (%2) und sein gespeichertes App-Token entfernen? Seine eigenständigen Bereiche bleiben ohne Server im Cache.</translation>
    </message>
    <message>
        <source>Removed server &apos;%1&apos;.</source>
        <translation>Server &apos;%1&apos; entfernt.</translation>
    </message>
    <message>
        <source>note: no OS keychain is available, so no App Token was stored for &apos;%1&apos;.</source>
        <translation>Hinweis: Es ist kein Schlüsselbund des Betriebssystems verfügbar, daher wurde für &apos;%1&apos; kein App-Token gespeichert.</translation>
    </message>
    <message>
        <source>warning: the App Token could not be removed from the keychain: </source>
        <translation>Warnung: Das App-Token konnte nicht aus dem Schlüsselbund entfernt werden: </translation>
    </message>
    <message>
        <source>--http and --https exclude each other</source>
        <translation>--http und --https schließen einander aus</translation>
    </message>
    <message>
        <source>--verify and --no-verify exclude each other</source>
        <translation>--verify und --no-verify schließen einander aus</translation>
    </message>
    <message>
        <source>--hostname must not be empty</source>
        <translation>--hostname darf nicht leer sein</translation>
    </message>
    <message>
        <source>--sync-standalone takes &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;</source>
        <translation>--sync-standalone erwartet &apos;on&apos; oder &apos;off&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The trusted certificate of &apos;%1&apos; was forgotten because its address changed; trust the new one with &apos;servers trust %1 --fingerprint FP&apos;.</source>
        <translation>Das vertraute Zertifikat von &apos;%1&apos; wurde vergessen, weil sich die Adresse geändert hat; vertrauen Sie dem neuen mit &apos;servers trust %1 --fingerprint FP&apos;.</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; was saved but its App Token was not: %2</source>
        <translation>Server &apos;%1&apos; wurde gespeichert, sein App-Token jedoch nicht: %2</translation>
    </message>
    <message>
        <source>Saved server &apos;%1&apos; (%2).</source>
        <translation>Server &apos;%1&apos; (%2) gespeichert.</translation>
    </message>
    <message>
        <source>  settings show [--json]
      Show every setting, its value and whether the configuration
      file forces it.
  settings set KEY VALUE
      Change one setting, e.g. &apos;settings set sync_ip_addresses true&apos;.
</source>
        <translation>  settings show [--json]
      Alle Einstellungen anzeigen, mit Wert und ob die Konfigurationsdatei
      sie erzwingt.
  settings set SCHLÜSSEL WERT
      Eine Einstellung ändern, z. B. &apos;settings set sync_ip_addresses true&apos;.
</translation>
    </message>
    <message>
        <source>unknown settings command &apos;%1&apos; (expected show or set)</source>
        <translation>unbekannter settings-Befehl &apos;%1&apos; (erwartet: show oder set)</translation>
    </message>
    <message>
        <source>forced by %1 (stored: %2)</source>
        <translation>erzwungen durch %1 (gespeichert: %2)</translation>
    </message>
    <message>
        <source>kept for parity; no effect in LeaseLink</source>
        <translation>nur zur Übereinstimmung vorhanden; in LeaseLink ohne Wirkung</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; valid keys: %2</source>
        <translation>unbekannte Einstellung &apos;%1&apos;; gültige Schlüssel: %2</translation>
    </message>
    <message>
        <source>warning: the stored value changed, but the configuration file still forces &apos;%1&apos;</source>
        <translation>Warnung: Der gespeicherte Wert wurde geändert, aber die Konfigurationsdatei erzwingt weiterhin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>  status [--json]
      Servers with health and last sync, the last sync job, and what is in
      maintenance. Reads the local cache only.
</source>
        <translation>  status [--json]
      Server mit Zustand und letzter Synchronisierung, der letzte
      Synchronisierungsauftrag und was in Wartung ist. Liest nur den lokalen
      Cache.
</translation>
    </message>
    <message>
        <source>not configured (leaselink-cli netbox set URL)</source>
        <translation>nicht eingerichtet (leaselink-cli netbox set URL)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Last sync:  </source>
        <translation>Zuletzt:    </translation>
    </message>
    <message>
        <source>No DHCP servers.</source>
        <translation>Keine DHCP-Server.</translation>
    </message>
    <message>
        <source>Nothing is in maintenance.</source>
        <translation>Nichts ist in Wartung.</translation>
    </message>
    <message>
        <source>Written: %1 created, %2 updated, %3 deleted in NetBox (%4 failed); %5 scope fields pulled, %6 scopes pushed
</source>
        <translation>Geschrieben: %1 erstellt, %2 aktualisiert, %3 gelöscht in NetBox (%4 fehlgeschlagen); %5 Bereichsfelder übernommen, %6 Bereiche übertragen
</translation>
    </message>
    <message>
        <source>Dry run %1 in %2 s; nothing was changed.</source>
        <translation>Testlauf %1 in %2 s; nichts wurde geändert.</translation>
    </message>
    <message>
        <source> No changes: NetBox, the servers and the cache were already in step.</source>
        <translation> Keine Änderungen: NetBox, die Server und der Cache waren bereits auf demselben Stand.</translation>
    </message>
    <message>
        <source> Job %1 (leaselink-cli jobs show %1).</source>
        <translation> Auftrag %1 (leaselink-cli jobs show %1).</translation>
    </message>
    <message>
        <source>  sync [SERVER...|--all] [--dry-run] [--json]
      Sync the named DHCP servers (or every server) with NetBox now. --dry-run
      plans without writing anything and lists the changes by server and scope,
      every delete included. Exit code 1 when some items failed, 3 when a server
      or NetBox was unreachable, 5 when another run holds a server.
</source>
        <translation>  sync [SERVER...|--all] [--dry-run] [--json]
      Die genannten DHCP-Server (oder alle Server) jetzt mit NetBox
      synchronisieren. --dry-run plant, ohne etwas zu schreiben, und listet die
      Änderungen nach Server und Bereich auf, jede Löschung eingeschlossen.
      Exit-Code 1, wenn einzelne Elemente fehlschlugen, 3, wenn ein Server oder
      NetBox nicht erreichbar war, 5, wenn ein anderer Lauf einen Server belegt.
</translation>
    </message>
    <message>
        <source>Sync every server.</source>
        <translation>Alle Server synchronisieren.</translation>
    </message>
    <message>
        <source>Plan only; change nothing anywhere.</source>
        <translation>Nur planen; nirgends etwas ändern.</translation>
    </message>
    <message>
        <source>name the servers to sync or give --all (see sync --help)</source>
        <translation>nennen Sie die zu synchronisierenden Server oder geben Sie --all an (siehe sync --help)</translation>
    </message>
    <message>
        <source>--token-env needs the name of an environment variable</source>
        <translation>--token-env braucht den Namen einer Umgebungsvariablen</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>environment variable %1 is empty</source>
        <translation>Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <source>no token entered (end of input)</source>
        <translation>kein Token eingegeben (Ende der Eingabe)</translation>
    </message>
    <message>
        <source>no token entered</source>
        <translation>kein Token eingegeben</translation>
    </message>
    <message>
        <source>All %1 IP addresses with status &apos;%2&apos; lie inside a DHCP scope prefix and outside its exclusion ranges.
</source>
        <translation>Alle %1 IP-Adressen mit Status &apos;%2&apos; liegen innerhalb eines DHCP-Bereichspräfixes und außerhalb seiner Ausschlussbereiche.
</translation>
    </message>
    <message>
        <source>%1 of %2 IP addresses with status &apos;%3&apos; break the rule.
</source>
        <translation>%1 von %2 IP-Adressen mit Status &apos;%3&apos; verletzen die Regel.
</translation>
    </message>
    <message>
        <source>  validate [--json]
      List NetBox IP addresses with the lease status that lie outside every DHCP
      scope prefix of their VRF or inside an exclusion range. Changes nothing;
      exit code 1 when it finds any.
</source>
        <translation>  validate [--json]
      NetBox-IP-Adressen mit dem Lease-Status auflisten, die außerhalb jedes
      DHCP-Bereichspräfixes ihres VRF oder in einem Ausschlussbereich liegen.
      Ändert nichts; Exit-Code 1, wenn welche gefunden werden.
</translation>
    </message>
    <message>
        <source>no NetBox API token: </source>
        <translation>kein NetBox-API-Token: </translation>
    </message>
    <message>
        <source>could not read NetBox&apos;s IP addresses: </source>
        <translation>die IP-Adressen von NetBox konnten nicht gelesen werden: </translation>
    </message>
    <message>
        <source>NetBox&apos;s IP address list is not what LeaseLink expects at %1: %2</source>
        <translation>Die IP-Adressliste von NetBox entspricht bei %1 nicht dem, was LeaseLink erwartet: %2</translation>
    </message>
    <message>
        <source>unknown servers command &apos;%1&apos; (expected list, add, edit, remove, test-connection, certificate, trust, untrust or update-scripts)</source>
        <translation>unbekannter servers-Befehl &apos;%1&apos; (erwartet: list, add, edit, remove, test-connection, certificate, trust, untrust oder update-scripts)</translation>
    </message>
    <message>
        <source>not in LeaseLink&apos;s script</source>
        <translation>nicht im Skript von LeaseLink</translation>
    </message>
    <message>
        <source>a second record for an endpoint that is updated</source>
        <translation>ein zweiter Eintrag für einen Endpunkt, der aktualisiert wird</translation>
    </message>
    <message>
        <source>one record for several methods; edit it in PSU</source>
        <translation>ein Eintrag für mehrere Methoden; in PSU bearbeiten</translation>
    </message>
    <message>
        <source>%1: create %2, update %3 (%4 already current), leave alone %5; nothing is removed. Script version after the update: %6.</source>
        <translation>%1: %2 erstellen, %3 aktualisieren (%4 bereits aktuell), %5 unverändert lassen; nichts wird entfernt. Skriptversion nach der Aktualisierung: %6.</translation>
    </message>
    <message>
        <source> (already current)</source>
        <translation> (bereits aktuell)</translation>
    </message>
    <message>
        <source>  servers update-scripts NAME [--dry-run] [--yes]
      Create or update LeaseLink&apos;s endpoints on the server&apos;s PSU through its management
      API, then reload them and run a health check. Never deletes an endpoint. Needs a
      writer token whose role has the &quot;apis/*&quot; permission; refused for a server in
      maintenance. --dry-run only shows the plan; otherwise asks first unless --yes.
</source>
        <translation>  servers update-scripts NAME [--dry-run] [--yes]
      Erstellt oder aktualisiert die Endpunkte von LeaseLink in der PSU des Servers über
      deren Verwaltungs-API, lädt sie dann neu und führt eine Zustandsprüfung aus. Löscht
      nie einen Endpunkt. Braucht ein Token mit Schreibrechten, dessen Rolle die
      Berechtigung &quot;apis/*&quot; hat; für einen Server in Wartung abgelehnt. --dry-run zeigt
      nur den Plan; sonst wird vorher gefragt, außer mit --yes.
</translation>
    </message>
    <message>
        <source>Only show the plan.</source>
        <translation>Nur den Plan anzeigen.</translation>
    </message>
    <message>
        <source>no App Token for &apos;%1&apos;: %2</source>
        <translation>kein App-Token für &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Update the PSU endpoints of &apos;%1&apos; as listed?</source>
        <translation>Die PSU-Endpunkte von &apos;%1&apos; wie aufgeführt aktualisieren?</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>abgebrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>the endpoints were not reloaded: </source>
        <translation>die Endpunkte wurden nicht neu geladen: </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>health: script version %1 (LeaseLink ships %2)</source>
        <translation>Zustand: Skriptversion %1 (LeaseLink bringt %2 mit)</translation>
    </message>
    <message>
        <source>warning: the version was not saved: </source>
        <translation>Warnung: Die Version wurde nicht gespeichert: </translation>
    </message>
    <message>
        <source>health check failed: </source>
        <translation>Zustandsprüfung fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>leaselink::cli::ImportCommand</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Import although the server or one of its failovers is in maintenance.</source>
        <translation>Importieren, obwohl der Server oder eines seiner Failover in Wartung ist.</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>Failover</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <source>Option Codes</source>
        <translation>Optionscodes</translation>
    </message>
    <message>
        <source>Option Values</source>
        <translation>Optionswerte</translation>
    </message>
    <message>
        <source>Exclusion Ranges</source>
        <translation>Ausschlussbereiche</translation>
    </message>
    <message>
        <source>Import of %1: %2 (job %3)</source>
        <translation>Import von %1: %2 (Auftrag %3)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation>Server &apos;%1&apos;</translation>
    </message>
    <message>
        <source>failover &apos;%1&apos;</source>
        <translation>Failover &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 in maintenance. Import anyway?</source>
        <translation>%1 in Wartung. Trotzdem importieren?</translation>
    </message>
    <message>
        <source>%1 in maintenance; no request was sent. Give --ignore-maintenance to import anyway.</source>
        <translation>%1 in Wartung; es wurde keine Anfrage gesendet. Geben Sie --ignore-maintenance an, um trotzdem zu importieren.</translation>
    </message>
    <message>
        <source>cancelled; no request was sent</source>
        <translation>abgebrochen; es wurde keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 skipped, %4 error(s)</source>
        <translation>%1: %2 erstellt, %3 übersprungen, %4 Fehler</translation>
    </message>
    <message>
        <source>  import SERVER [--ignore-maintenance] [--json]
      Import failovers, scopes, their option values and exclusion ranges from one
      DHCP server (creating missing NetBox prefixes when the setting is on). Never
      changes what already exists; run it again to pick up new scopes. A server
      or failover in maintenance needs confirmation or --ignore-maintenance.
</source>
        <translation>  import SERVER [--ignore-maintenance] [--json]
      Failover, Bereiche, ihre Optionswerte und Ausschlussbereiche von einem
      DHCP-Server importieren (fehlende NetBox-Präfixe werden angelegt, wenn die
      Einstellung an ist). Ändert nie, was schon existiert; ein erneuter Lauf
      übernimmt neue Bereiche. Ein Server oder Failover in Wartung braucht eine
      Bestätigung oder --ignore-maintenance.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LeaseLink — Demo</source>
        <translation>LeaseLink — Demo</translation>
    </message>
</context>
</TS>
