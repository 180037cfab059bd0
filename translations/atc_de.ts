<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
</context>
<context>
    <name>atc</name>
    <message>
        <source>Usage: atc &lt;command&gt; [options]</source>
        <translation>Aufruf: atc &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>atc: unknown command &apos;%1&apos;</source>
        <translation>atc: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>test a tenant&apos;s credentials and permissions</source>
        <translation>Anmeldeinformationen und Berechtigungen eines Mandanten testen</translation>
    </message>
    <message>
        <source>discover management groups, subscriptions and resources</source>
        <translation>Verwaltungsgruppen, Abonnements und Ressourcen ermitteln</translation>
    </message>
    <message>
        <source>run the loopback Azure emulator (sandbox tenant)</source>
        <translation>den lokalen Azure-Emulator starten (Sandbox-Mandant)</translation>
    </message>
    <message>
        <source>try everything on the built-in sandbox tenant</source>
        <translation>alles mit dem integrierten Sandbox-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>run tenant connectors (all, one, or --due)</source>
        <translation>Mandanten-Connectors ausführen (alle, einen oder --due)</translation>
    </message>
    <message>
        <source>keep running connectors on their polling frequency</source>
        <translation>Connectors fortlaufend in ihrer Abfragehäufigkeit ausführen</translation>
    </message>
    <message>
        <source>list subscription connectors and their state</source>
        <translation>Abonnement-Connectors und ihren Status auflisten</translation>
    </message>
    <message>
        <source>export the asset inventory (csv or json)</source>
        <translation>das Asset-Inventar exportieren (csv oder json)</translation>
    </message>
    <message>
        <source>list public IPs and DNS names to scan</source>
        <translation>zu scannende öffentliche IP-Adressen und DNS-Namen auflisten</translation>
    </message>
    <message>
        <source>atc: error: %1</source>
        <translation>atc: Fehler: %1</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc: Warnung: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing argument. Run &apos;atc %1 --help&apos;.</source>
        <translation>Argument fehlt. Führen Sie &apos;atc %1 --help&apos; aus.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>--format must be %1, not &quot;%2&quot;.</source>
        <translation>--format muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>Only errors and warnings on stderr.</source>
        <translation>Nur Fehler und Warnungen auf stderr.</translation>
    </message>
    <message>
        <source>Progress on stderr even off a terminal, and the developer log lines (atc.azure, atc.store …).</source>
        <translation>Fortschritt auf stderr auch ohne Terminal, dazu die Entwickler-Protokollzeilen (atc.azure, atc.store …).</translation>
    </message>
    <message>
        <source>list|show|create|import|export|delete saved profiles</source>
        <translation>gespeicherte Profile auflisten|anzeigen|erstellen|importieren|exportieren|löschen</translation>
    </message>
    <message>
        <source>push|status|enable|disable the tenant connector on Qualys</source>
        <translation>den Mandanten-Connector auf Qualys übertragen|Status anzeigen|aktivieren|deaktivieren</translation>
    </message>
    <message>
        <source>Options of every command: --help, --quiet (-q), --verbose. atc --version prints the version.</source>
        <translation>Optionen jedes Befehls: --help, --quiet (-q), --verbose. atc --version gibt die Version aus.</translation>
    </message>
    <message>
        <source>Run &apos;atc help &lt;command&gt;&apos; or &apos;atc &lt;command&gt; --help&apos; for a command&apos;s options. Exit codes: docs/cli.md.</source>
        <translation>Führen Sie &apos;atc help &lt;Befehl&gt;&apos; oder &apos;atc &lt;Befehl&gt; --help&apos; aus, um die Optionen eines Befehls anzuzeigen. Exit-Codes: docs/cli.md.</translation>
    </message>
    <message>
        <source>atc: error: usage: atc help [command]</source>
        <translation>atc: Fehler: Aufruf: atc help [Befehl]</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>atc::AppSettings</name>
    <message>
        <source>Cannot save the settings to %1.</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or address alone, without spaces, scheme, user or port (for example proxy.example.com).</source>
        <translation>Geben Sie nur den Hostnamen oder die Adresse des Proxys ein, ohne Leerzeichen, Schema, Benutzer oder Port (zum Beispiel proxy.example.com).</translation>
    </message>
    <message>
        <source>Enter a proxy port from 1 to 65535.</source>
        <translation>Geben Sie einen Proxyport von 1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Enter a proxy user name of at most 255 characters on one line.</source>
        <translation>Geben Sie einen einzeiligen Proxy-Benutzernamen mit höchstens 255 Zeichen ein.</translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose the system proxy or no proxy.</source>
        <translation>Geben Sie den Proxyhost ein, oder wählen Sie den Systemproxy oder „Kein Proxy“.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file by its full path, or leave it empty to trust the system certificates only.</source>
        <translation>Geben Sie die CA-Zertifikatdatei mit vollständigem Pfad an, oder lassen Sie das Feld leer, um nur den Systemzertifikaten zu vertrauen.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 requests at a time.</source>
        <translation>Wählen Sie %1 bis %2 gleichzeitige Anfragen.</translation>
    </message>
    <message>
        <source>Choose a request timeout from %1 to %2 seconds.</source>
        <translation>Wählen Sie ein Anfrage-Timeout von %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language. Use a code such as de or fr, or leave it empty for the system language.</source>
        <translation>„%1“ ist keine bekannte Sprache. Verwenden Sie einen Code wie de oder fr, oder lassen Sie das Feld für die Systemsprache leer.</translation>
    </message>
    <message>
        <source>Choose the data folder by its full path, or leave it empty for the default.</source>
        <translation>Geben Sie den Datenordner mit vollständigem Pfad an, oder lassen Sie das Feld für den Standardordner leer.</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: the working copy %2 cannot be written (%3).</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden: Die Arbeitskopie %2 kann nicht geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: %2</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: the new content could not be written completely (is the disk full?).</source>
        <translation>Die Einstellungen können nicht in %1 gespeichert werden: Der neue Inhalt konnte nicht vollständig geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Choose a request deadline from %1 to %2 seconds.</source>
        <translation>Wählen Sie eine Anfragefrist von %1 bis %2 Sekunden.</translation>
    </message>
</context>
<context>
    <name>atc::ArmClient</name>
    <message>
        <source>invalid nextLink</source>
        <translation>ungültiger nextLink</translation>
    </message>
    <message>
        <source>the next-page link points to another host (%1); not followed</source>
        <translation>der Link zur nächsten Seite verweist auf einen anderen Host (%1); er wird nicht verfolgt</translation>
    </message>
    <message>
        <source>the next-page link repeats an earlier page; the listing would never end</source>
        <translation>der Link zur nächsten Seite wiederholt eine frühere Seite; die Auflistung würde nie enden</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages; stopped</source>
        <translation>die Auflistung hat mehr als %1 Seiten; abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not on the configured Azure Resource Manager endpoint</source>
        <translation>%1 liegt nicht auf dem konfigurierten Azure Resource Manager-Endpunkt</translation>
    </message>
</context>
<context>
    <name>atc::AssignTagsPage</name>
    <message>
        <source>Assign Tags</source>
        <translation>Tags zuweisen</translation>
    </message>
    <message>
        <source>Tags for the tenant connector itself, to find and group it later.</source>
        <translation>Tags für den Mandanten-Connector selbst, um ihn später zu finden und zu gruppieren.</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Connector-Tags</translation>
    </message>
    <message>
        <source>Connector &amp;tags:</source>
        <translation>Connector-&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Create tag…</source>
        <translation>Tag &amp;erstellen…</translation>
    </message>
    <message>
        <source>New tags join the catalogue shared by every connector, and can also be used as asset tags.</source>
        <translation>Neue Tags werden in den gemeinsamen Katalog aller Connectors aufgenommen und können auch als Asset-Tags verwendet werden.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags on the Qualys platform</source>
        <translation>Tags auf der Qualys-Plattform</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Qualys-Konto</translation>
    </message>
    <message>
        <source>Qualys &amp;account:</source>
        <translation>Qualys-&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Create tag on &amp;Qualys…</source>
        <translation>Tag auf &amp;Qualys erstellen…</translation>
    </message>
    <message>
        <source>Create Tag on Qualys</source>
        <translation>Tag auf Qualys erstellen</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts to use the platform&apos;s tags.</source>
        <translation>Fügen Sie unter Einstellungen ▸ Qualys-Konten ein Qualys-Konto hinzu, um die Tags der Plattform zu verwenden.</translation>
    </message>
    <message>
        <source>Tag id %1 on the platform</source>
        <translation>Tag-ID %1 auf der Plattform</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>Die Tags von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The platform&apos;s tags could not be read: %1</source>
        <translation>Die Tags der Plattform konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) on the platform.</source>
        <translation>
            <numerusform>%n Tag auf der Plattform.</numerusform>
            <numerusform>%n Tags auf der Plattform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the tag &quot;%1&quot; on the platform…</source>
        <translation>Das Tag „%1“ wird auf der Plattform erstellt…</translation>
    </message>
    <message>
        <source>The tag could not be created on the platform: %1</source>
        <translation>Das Tag konnte nicht auf der Plattform erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (id %2) on the platform.</source>
        <translation>„%1“ (ID %2) wurde auf der Plattform erstellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists on the platform (id %2); it is assigned.</source>
        <translation>„%1“ ist auf der Plattform bereits vorhanden (ID %2); es wird zugewiesen.</translation>
    </message>
</context>
<context>
    <name>atc::AtomicFile</name>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>only part of the data reached the disk</source>
        <translation>nur ein Teil der Daten wurde auf den Datenträger geschrieben</translation>
    </message>
</context>
<context>
    <name>atc::AzureError</name>
    <message>
        <source>The connection settings are not valid.</source>
        <translation>Die Verbindungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>Die Verbindungseinstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>The directory (tenant) ID was not found in this Azure cloud.</source>
        <translation>Die Verzeichnis-ID (Mandant) wurde in dieser Azure-Cloud nicht gefunden.</translation>
    </message>
    <message>
        <source>The directory (tenant) ID is neither a valid ID nor a valid domain name.</source>
        <translation>Die Verzeichnis-ID (Mandant) ist weder eine gültige ID noch ein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The application (client) ID was not found in this directory.</source>
        <translation>Die Anwendungs-ID (Client) wurde in diesem Verzeichnis nicht gefunden.</translation>
    </message>
    <message>
        <source>The authentication key is not valid. Enter the secret&apos;s Value, not its Secret ID.</source>
        <translation>Der Authentifizierungsschlüssel ist ungültig. Geben Sie den Wert des geheimen Schlüssels ein, nicht seine geheime ID.</translation>
    </message>
    <message>
        <source>The authentication key has expired.</source>
        <translation>Der Authentifizierungsschlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>No authentication key was sent.</source>
        <translation>Es wurde kein Authentifizierungsschlüssel gesendet.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in.</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in (%1).</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The app has no read role on the Tenant Root Group.</source>
        <translation>Die App hat keine Leserolle für die Stammverwaltungsgruppe (Tenant Root Group).</translation>
    </message>
    <message>
        <source>The app is not allowed to read this part of the tenant.</source>
        <translation>Die App darf diesen Teil des Mandanten nicht lesen.</translation>
    </message>
    <message>
        <source>The app is not allowed to read scope %1.</source>
        <translation>Die App darf den Bereich %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Azure Resource Manager rejected the access token.</source>
        <translation>Azure Resource Manager hat das Zugriffstoken abgelehnt.</translation>
    </message>
    <message>
        <source>The access token expired and could not be renewed.</source>
        <translation>Das Zugriffstoken ist abgelaufen und konnte nicht erneuert werden.</translation>
    </message>
    <message>
        <source>The subscription was not found.</source>
        <translation>Das Abonnement wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The subscription %1 was not found.</source>
        <translation>Das Abonnement %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The requested Azure object was not found.</source>
        <translation>Das angeforderte Azure-Objekt wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Azure is throttling the requests of this app.</source>
        <translation>Azure drosselt die Anfragen dieser App.</translation>
    </message>
    <message>
        <source>Azure answered with a server error (HTTP %1).</source>
        <translation>Azure hat mit einem Serverfehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Azure answered with an unexpected HTTP status %1.</source>
        <translation>Azure hat mit dem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Der Servername %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation>Die Netzwerkverbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection.</source>
        <translation>Der Proxyserver ist ausgefallen oder hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or could not be understood.</source>
        <translation>Die Antwort des Servers war unvollständig oder nicht verständlich.</translation>
    </message>
    <message>
        <source>Check the directory ID, the application ID and the endpoint URLs. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Prüfen Sie die Verzeichnis-ID, die Anwendungs-ID und die Endpunkt-URLs. Unverschlüsseltes http:// ist nur für diesen Computer (localhost) zulässig.</translation>
    </message>
    <message>
        <source>Copy the Directory (tenant) ID from the app&apos;s Overview page in the Microsoft Entra admin center, and check that the right Azure cloud is selected.</source>
        <translation>Kopieren Sie die Verzeichnis-ID (Mandant) von der Seite „Übersicht“ der App im Microsoft Entra Admin Center, und prüfen Sie, ob die richtige Azure-Cloud ausgewählt ist.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID as a GUID (from the app&apos;s Overview page) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie die Verzeichnis-ID (Mandant) als GUID (von der Seite „Übersicht“ der App) oder als verifizierte Domäne wie contoso.onmicrosoft.com ein.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID, and that the app is registered in this directory (not in another tenant).</source>
        <translation>Prüfen Sie die Anwendungs-ID (Client) und ob die App in diesem Verzeichnis registriert ist (nicht in einem anderen Mandanten).</translation>
    </message>
    <message>
        <source>Under Certificates &amp; secrets, copy the Value column of the client secret (shown only right after it is created); create a new secret if needed.</source>
        <translation>Kopieren Sie unter „Zertifikate &amp; Geheimnisse“ die Spalte „Wert“ des geheimen Clientschlüssels (sie wird nur direkt nach dem Erstellen angezeigt); erstellen Sie bei Bedarf einen neuen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>Create a new client secret under Certificates &amp; secrets and enter its Value.</source>
        <translation>Erstellen Sie unter „Zertifikate &amp; Geheimnisse“ einen neuen geheimen Clientschlüssel, und geben Sie seinen Wert ein.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value as the authentication key.</source>
        <translation>Geben Sie den Wert des geheimen Clientschlüssels als Authentifizierungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Check the directory ID, the application ID and the authentication key.</source>
        <translation>Prüfen Sie die Verzeichnis-ID, die Anwendungs-ID und den Authentifizierungsschlüssel.</translation>
    </message>
    <message>
        <source>Assign the Reader role (or Management Group Reader) to the app on the Tenant Root Group (scope %1).</source>
        <translation>Weisen Sie der App die Rolle „Leser“ (oder „Verwaltungsgruppenleser“) für die Stammverwaltungsgruppe zu (Bereich %1).</translation>
    </message>
    <message>
        <source>Assign the Reader role (or Management Group Reader) to the app on that management group (scope %1) or on the Tenant Root Group.</source>
        <translation>Weisen Sie der App die Rolle „Leser“ (oder „Verwaltungsgruppenleser“) für diese Verwaltungsgruppe (Bereich %1) oder für die Stammverwaltungsgruppe zu.</translation>
    </message>
    <message>
        <source>Assign the Reader role to the app at scope %1, or on a management group above it.</source>
        <translation>Weisen Sie der App die Rolle „Leser“ im Bereich %1 oder für eine übergeordnete Verwaltungsgruppe zu.</translation>
    </message>
    <message>
        <source>Check that the app belongs to this directory and that the selected cloud matches it; then try again.</source>
        <translation>Prüfen Sie, ob die App zu diesem Verzeichnis gehört und die ausgewählte Cloud dazu passt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time, then try again.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Computers, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The subscription may have been deleted or moved to another directory.</source>
        <translation>Das Abonnement wurde möglicherweise gelöscht oder in ein anderes Verzeichnis verschoben.</translation>
    </message>
    <message>
        <source>Check the endpoint URLs and the selected cloud.</source>
        <translation>Prüfen Sie die Endpunkt-URLs und die ausgewählte Cloud.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; poll this tenant less often.</source>
        <translation>Warten Sie einige Minuten, und versuchen Sie es erneut; fragen Sie diesen Mandanten seltener ab.</translation>
    </message>
    <message>
        <source>This is usually temporary: try again later.</source>
        <translation>Das ist meist vorübergehend: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the endpoint URL, the DNS settings and the network connection.</source>
        <translation>Prüfen Sie die Endpunkt-URL, die DNS-Einstellungen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and port, and whether a firewall blocks the connection.</source>
        <translation>Prüfen Sie Endpunkt-URL und Port und ob eine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>Check the network connection and the system proxy settings.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Proxyeinstellungen des Systems.</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add its CA certificate (PEM) with the custom CA option; otherwise check the endpoint URL and the computer&apos;s date.</source>
        <translation>Wenn Ihr Netzwerk TLS-Datenverkehr untersucht, fügen Sie dessen CA-Zertifikat (PEM) über die Option für ein eigenes CA-Zertifikat hinzu; prüfen Sie andernfalls die Endpunkt-URL und das Datum des Computers.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This is usually a network interruption or an intercepting proxy: try again.</source>
        <translation>Meist ist das eine Netzwerkunterbrechung oder ein zwischengeschalteter Proxy: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port, user and password (in the application&apos;s settings, or the system&apos;s when it uses the system proxy).</source>
        <translation>Prüfen Sie Adresse, Port, Benutzer und Kennwort des Proxys (in den Einstellungen der Anwendung oder, beim Systemproxy, in denen des Systems).</translation>
    </message>
    <message>
        <source>The server %1 answered too slowly: the answer took longer than %2 seconds.</source>
        <translation>Der Server %1 hat zu langsam geantwortet: Die Antwort dauerte länger als %2 Sekunden.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another host (%2); refused.</source>
        <translation>Der Server %1 hat die Anfrage an einen anderen Host umgeleitet (%2); die Umleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again; if the network is just slow, raise the request deadline (network/requestDeadlineSeconds in the settings).</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy, und versuchen Sie es dann erneut; ist das Netzwerk nur langsam, erhöhen Sie die Anfragefrist (network/requestDeadlineSeconds in den Einstellungen).</translation>
    </message>
    <message>
        <source>Credentials are sent only to the configured endpoints. Check the endpoint URLs and whether a proxy or gateway redirects the requests.</source>
        <translation>Anmeldeinformationen werden nur an die konfigurierten Endpunkte gesendet. Prüfen Sie die Endpunkt-URLs und ob ein Proxy oder Gateway die Anfragen umleitet.</translation>
    </message>
    <message>
        <source>the answer is larger than %1; not read</source>
        <translation>die Antwort ist größer als %1; sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>The stored authentication key is not available.</source>
        <translation>Der gespeicherte Authentifizierungsschlüssel ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Type the authentication key again.</source>
        <translation>Geben Sie den Authentifizierungsschlüssel erneut ein.</translation>
    </message>
</context>
<context>
    <name>atc::AzureSession</name>
    <message>
        <source>the directory ID and the application ID are required</source>
        <translation>die Verzeichnis-ID und die Anwendungs-ID sind erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; ist keine gültige URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with https://</source>
        <translation>&apos;%1&apos; muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>plain http:// is allowed only for this computer; use https:// for %1</source>
        <translation>unverschlüsseltes http:// ist nur für diesen Computer zulässig; verwenden Sie https:// für %1</translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation>die CA-Zertifikatdatei %1 ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the CA certificate file %1 is not a regular file</source>
        <translation>die CA-Zertifikatdatei %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the CA certificate file %1 is larger than %2 MiB; a PEM file of CA certificates is far smaller</source>
        <translation>die CA-Zertifikatdatei %1 ist größer als %2 MiB; eine PEM-Datei mit CA-Zertifikaten ist weit kleiner</translation>
    </message>
    <message>
        <source>the CA certificate file %1 cannot be read: %2</source>
        <translation>die CA-Zertifikatdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no PEM certificate</source>
        <translation>die CA-Zertifikatdatei %1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>atc::BasicDetailsPage</name>
    <message>
        <source>Basic Details</source>
        <translation>Grundeinstellungen</translation>
    </message>
    <message>
        <source>Name the tenant connector and choose what it collects.</source>
        <translation>Benennen Sie den Mandanten-Connector, und wählen Sie aus, was er erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Contoso production tenant</source>
        <translation>z. B. Contoso-Produktionsmandant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what this connector covers and who owns it.</source>
        <translation>Optional: was dieser Connector abdeckt und wem er gehört.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>We recommend a unique name that says which tenant this is.</source>
        <translation>Wir empfehlen einen eindeutigen Namen, der den Mandanten erkennen lässt.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschreib&amp;ung:</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>AssetView: &amp;Asset Inventory</source>
        <translation>AssetView: &amp;Asset-Inventar</translation>
    </message>
    <message>
        <source>Always on: every tenant connector inventories assets.</source>
        <translation>Immer aktiv: Jeder Mandanten-Connector inventarisiert Assets.</translation>
    </message>
    <message>
        <source>&amp;CSPM</source>
        <translation>&amp;CSPM</translation>
    </message>
    <message>
        <source>CSPM</source>
        <translation>CSPM</translation>
    </message>
    <message>
        <source>Always on: every tenant connector inventories the assets of its subscriptions, so it cannot be turned off.</source>
        <translation>Immer aktiv: Jeder Mandanten-Connector inventarisiert die Assets seiner Abonnements, daher kann diese Option nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Fills the cloud inventory with the full configuration of every resource, for posture assessment.</source>
        <translation>Füllt das Cloudinventar mit der vollständigen Konfiguration jeder Ressource, zur Bewertung des Sicherheitsstatus.</translation>
    </message>
    <message>
        <source>Enable &amp;Remediation</source>
        <translation>Beh&amp;ebung aktivieren</translation>
    </message>
    <message>
        <source>Enable Remediation</source>
        <translation>Behebung aktivieren</translation>
    </message>
    <message>
        <source>Remediation needs additional write permissions on the subscriptions (Contributor level). Test Connection on the next page checks them.</source>
        <translation>Die Behebung benötigt zusätzliche Schreibberechtigungen für die Abonnements (Ebene „Mitwirkender“). „Verbindung testen“ auf der nächsten Seite prüft sie.</translation>
    </message>
</context>
<context>
    <name>atc::ConfirmationPage</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Check the settings, then create the connector.</source>
        <translation>Prüfen Sie die Einstellungen, und erstellen Sie dann den Connector.</translation>
    </message>
    <message>
        <source>Summary of the connector</source>
        <translation>Zusammenfassung des Connectors</translation>
    </message>
    <message>
        <source>&amp;Save Connector</source>
        <translation>Connector &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Create Connector</source>
        <translation>Connector &amp;erstellen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Basic Details</source>
        <translation>Grundeinstellungen</translation>
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
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Asset Inventory, CSPM</source>
        <translation>Asset-Inventar, CSPM</translation>
    </message>
    <message>
        <source>Asset Inventory</source>
        <translation>Asset-Inventar</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Tenant Details</source>
        <translation>Mandantendetails</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Benutzerdefinierte Endpunkte</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontotyp</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>Resource Manager-URL</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <source>Tenant polling</source>
        <translation>Mandantenabfrage</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Directory ID</source>
        <translation>Verzeichnis-ID</translation>
    </message>
    <message>
        <source>Authentication key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <source>Set (stored in the keychain on Create)</source>
        <translation>Festgelegt (wird beim Erstellen im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Set (kept from the keychain)</source>
        <translation>Festgelegt (aus dem Schlüsselbund übernommen)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Subscription Details</source>
        <translation>Abonnementdetails</translation>
    </message>
    <message>
        <source>Subscription polling</source>
        <translation>Abonnementabfrage</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Präfix für Connectornamen</translation>
    </message>
    <message>
        <source>Connector Details</source>
        <translation>Connectordetails</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>All management groups</source>
        <translation>Alle Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Ausgeschlossene Gruppen</translation>
    </message>
    <message>
        <source>Selected management groups</source>
        <translation>Ausgewählte Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Ausgewählte Gruppen</translation>
    </message>
    <message>
        <source>Create connectors for new accounts</source>
        <translation>Connectors für neue Konten erstellen</translation>
    </message>
    <message>
        <source>Detach and disable for deleted accounts</source>
        <translation>Für gelöschte Konten trennen und deaktivieren</translation>
    </message>
    <message>
        <source>Subscription connectors to create</source>
        <translation>Zu erstellende Abonnement-Connectors</translation>
    </message>
    <message>
        <source>Disabled subscriptions skipped</source>
        <translation>Übersprungene deaktivierte Abonnements</translation>
    </message>
    <message>
        <source>Names made unique</source>
        <translation>Eindeutig gemachte Namen</translation>
    </message>
    <message>
        <source>Subscriptions out of scope</source>
        <translation>Abonnements außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Tags and Activation</source>
        <translation>Tags und Aktivierung</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>VM-Scan</translation>
    </message>
    <message>
        <source>Yes, with the global scan configuration</source>
        <translation>Ja, mit der globalen Scankonfiguration</translation>
    </message>
    <message>
        <source>Yes: %1 at %2 (%3)</source>
        <translation>Ja: %1 um %2 (%3)</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Cloud-Perimeterscan</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Richtlinienkonformität</translation>
    </message>
    <message>
        <source>SCA</source>
        <translation>SCA</translation>
    </message>
    <message>
        <source>CertView</source>
        <translation>CertView</translation>
    </message>
    <message>
        <source>Asset tags</source>
        <translation>Asset-Tags</translation>
    </message>
    <message>
        <source>Tag rule %1</source>
        <translation>Tag-Regel %1</translation>
    </message>
    <message>
        <source>when %1 %2 &quot;%3&quot;, apply %4</source>
        <translation>wenn %1 %2 „%3“, %4 anwenden</translation>
    </message>
    <message>
        <source>Assign Tags</source>
        <translation>Tags zuweisen</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Connector-Tags</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Das Profil wird gespeichert…</translation>
    </message>
    <message>
        <source>Reading the stored authentication key…</source>
        <translation>Der gespeicherte Authentifizierungsschlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Storing the authentication key in the keychain…</source>
        <translation>Der Authentifizierungsschlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Creating the subscription connectors…</source>
        <translation>Die Abonnement-Connectors werden erstellt…</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; was saved.</source>
        <translation>Der Connector „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Create on this com&amp;puter (runs here)</source>
        <translation>Auf diesem &amp;Computer erstellen (läuft hier)</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Qualys-Konto</translation>
    </message>
    <message>
        <source>&amp;Retry on Qualys</source>
        <translation>&amp;Erneut auf Qualys versuchen</translation>
    </message>
    <message>
        <source>Create on &amp;Qualys</source>
        <translation>Auf &amp;Qualys erstellen</translation>
    </message>
    <message>
        <source>Create on &amp;Qualys %1</source>
        <translation>Auf &amp;Qualys %1 erstellen</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Fügen Sie unter Einstellungen ▸ Qualys-Konten ein Qualys-Konto hinzu.</translation>
    </message>
    <message>
        <source>Cannot be created on Qualys: %1</source>
        <translation>Kann nicht auf Qualys erstellt werden: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>To create it on Qualys too, add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Um ihn auch auf Qualys zu erstellen, fügen Sie unter Einstellungen ▸ Qualys-Konten ein Qualys-Konto hinzu.</translation>
    </message>
    <message>
        <source>Choose where to create the connector: on this computer, on Qualys, or both.</source>
        <translation>Wählen Sie aus, wo der Connector erstellt wird: auf diesem Computer, auf Qualys oder an beiden Orten.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Yes: saved and run here</source>
        <translation>Ja: wird hier gespeichert und ausgeführt</translation>
    </message>
    <message>
        <source>Saved only to remember the Qualys connector; not run</source>
        <translation>Nur gespeichert, um sich den Qualys-Connector zu merken; wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>On Qualys</source>
        <translation>Auf Qualys</translation>
    </message>
    <message>
        <source>%1: updates tenant connector %2</source>
        <translation>%1: aktualisiert den Mandanten-Connector %2</translation>
    </message>
    <message>
        <source>%1: creates the tenant connector</source>
        <translation>%1: erstellt den Mandanten-Connector</translation>
    </message>
    <message>
        <source>Qualys tag ids</source>
        <translation>Qualys-Tag-IDs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Reading the authentication key for Qualys…</source>
        <translation>Der Authentifizierungsschlüssel für Qualys wird gelesen…</translation>
    </message>
    <message>
        <source>Signing in to Qualys %1…</source>
        <translation>Anmeldung bei Qualys %1…</translation>
    </message>
    <message>
        <source>The Qualys id could not be saved in the profile: %1</source>
        <translation>Die Qualys-ID konnte nicht im Profil gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Created on Qualys %1: tenant connector id %2.</source>
        <translation>Auf Qualys %1 erstellt: Mandanten-Connector-ID %2.</translation>
    </message>
    <message>
        <source>Updated on Qualys %1: tenant connector id %2.</source>
        <translation>Auf Qualys %1 aktualisiert: Mandanten-Connector-ID %2.</translation>
    </message>
    <message>
        <source>Created on Qualys %1; the platform gave no id. The next push looks it up by name instead of creating another.</source>
        <translation>Auf Qualys %1 erstellt; die Plattform hat keine ID zurückgegeben. Die nächste Übertragung sucht ihn anhand des Namens, statt einen weiteren zu erstellen.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; was created on this computer and is kept; creating it on Qualys %2 failed.</source>
        <translation>Der Connector „%1“ wurde auf diesem Computer erstellt und bleibt erhalten; das Erstellen auf Qualys %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved on this computer (not run here); creating it on Qualys %2 failed.</source>
        <translation>Das Profil „%1“ wurde auf diesem Computer gespeichert (wird hier nicht ausgeführt); das Erstellen auf Qualys %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Retry here, or later with Push changes in the main window&apos;s Qualys tab.</source>
        <translation>Versuchen Sie es hier erneut oder später mit „Änderungen übertragen“ auf der Registerkarte „Qualys“ des Hauptfensters.</translation>
    </message>
    <message>
        <source>Subscription connectors</source>
        <translation>Abonnement-Connectors</translation>
    </message>
    <message>
        <source>Not previewed (the tenant was not read); the next run applies the scope</source>
        <translation>Keine Vorschau (der Mandant wurde nicht gelesen); die nächste Ausführung wendet den Bereich an</translation>
    </message>
    <message>
        <source>Subscription connectors kept</source>
        <translation>Beibehaltene Abonnement-Connectors</translation>
    </message>
    <message>
        <source>Subscription connectors disabled or no longer run</source>
        <translation>Deaktivierte oder nicht mehr ausgeführte Abonnement-Connectors</translation>
    </message>
</context>
<context>
    <name>atc::ConnectionTester</name>
    <message>
        <source>Contacting %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Microsoft Entra ID answered.</source>
        <translation>Microsoft Entra ID hat geantwortet.</translation>
    </message>
    <message>
        <source>The app signed in with its authentication key.</source>
        <translation>Die App hat sich mit ihrem Authentifizierungsschlüssel angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>Read the Tenant Root Group and %n management group(s) below it.</source>
        <translation>
            <numerusform>Die Stammverwaltungsgruppe und %n untergeordnete Verwaltungsgruppe gelesen.</numerusform>
            <numerusform>Die Stammverwaltungsgruppe und %n untergeordnete Verwaltungsgruppen gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n readable management group(s) are shown.</source>
        <translation>
            <numerusform>Nur %n lesbare Verwaltungsgruppe wird angezeigt.</numerusform>
            <numerusform>Nur %n lesbare Verwaltungsgruppen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app cannot see any subscription.</source>
        <translation>Die App sieht kein Abonnement.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) visible</source>
        <translation>
            <numerusform>%n Abonnement sichtbar</numerusform>
            <numerusform>%n Abonnements sichtbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled or deleted (reported, not connected).</source>
        <translation>
            <numerusform>%n deaktiviert oder gelöscht (gemeldet, nicht verbunden).</numerusform>
            <numerusform>%n deaktiviert oder gelöscht (gemeldet, nicht verbunden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) visible.</source>
        <translation>
            <numerusform>%n Abonnement sichtbar.</numerusform>
            <numerusform>%n Abonnements sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>For remediation, assign the Contributor role to the app on the Tenant Root Group (scope %1).</source>
        <translation>Weisen Sie der App für die Behebung die Rolle „Mitwirkender“ für die Stammverwaltungsgruppe zu (Bereich %1).</translation>
    </message>
    <message>
        <source>The app&apos;s permissions could not be read: %1</source>
        <translation>Die Berechtigungen der App konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The app may change resources at %1.</source>
        <translation>Die App darf Ressourcen in %1 ändern.</translation>
    </message>
    <message>
        <source>The app may only read at %1; remediation will not work.</source>
        <translation>Die App darf in %1 nur lesen; die Behebung wird nicht funktionieren.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID reachable</source>
        <translation>Microsoft Entra ID erreichbar</translation>
    </message>
    <message>
        <source>Sign-in with the authentication key</source>
        <translation>Anmeldung mit dem Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <source>Management groups from the Tenant Root Group</source>
        <translation>Verwaltungsgruppen ab der Stammverwaltungsgruppe</translation>
    </message>
    <message>
        <source>Subscriptions visible</source>
        <translation>Sichtbare Abonnements</translation>
    </message>
    <message>
        <source>Write permission for remediation</source>
        <translation>Schreibberechtigung für die Behebung</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorDetailsPage</name>
    <message>
        <source>Connector Details</source>
        <translation>Connectordetails</translation>
    </message>
    <message>
        <source>Choose which management groups the connector covers. The preview below lists the subscription connectors that Create will make.</source>
        <translation>Wählen Sie aus, welche Verwaltungsgruppen der Connector abdeckt. Die Vorschau unten listet die Abonnement-Connectors auf, die beim Erstellen angelegt werden.</translation>
    </message>
    <message>
        <source>&amp;All management groups</source>
        <translation>&amp;Alle Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>Se&amp;lect management groups</source>
        <translation>Verwaltungsgruppen a&amp;uswählen</translation>
    </message>
    <message>
        <source>Search management groups</source>
        <translation>Verwaltungsgruppen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Management groups to include</source>
        <translation>Einzuschließende Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>Management groups to exclude</source>
        <translation>Auszuschließende Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>Automatically &amp;create connectors for new accounts</source>
        <translation>Connectors für neue Konten automatisch &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Detach and Disable connectors for deleted accounts</source>
        <translation>Connectors für gelöschte Konten &amp;trennen und deaktivieren</translation>
    </message>
    <message>
        <source>Preview of the subscription connectors</source>
        <translation>Vorschau der Abonnement-Connectors</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Exclude management groups (their whole subtree):</source>
        <translation>Verwaltungsgruppen ausschließen (mit ihrer gesamten Unterstruktur):</translation>
    </message>
    <message>
        <source>Select management groups (their whole subtree):</source>
        <translation>Verwaltungsgruppen auswählen (mit ihrer gesamten Unterstruktur):</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription connector(s) will be created</source>
        <translation>
            <numerusform>%n Abonnement-Connector wird erstellt</numerusform>
            <numerusform>%n Abonnement-Connectors werden erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n disabled subscription(s) skipped</source>
        <translation>
            <numerusform>; %n deaktiviertes Abonnement übersprungen</numerusform>
            <numerusform>; %n deaktivierte Abonnements übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) made unique with a number</source>
        <translation>
            <numerusform>; %n Name durch eine Nummer eindeutig gemacht</numerusform>
            <numerusform>; %n Namen durch eine Nummer eindeutig gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n subscription(s) out of scope</source>
        <translation>
            <numerusform>; %n Abonnement außerhalb des Bereichs</numerusform>
            <numerusform>; %n Abonnements außerhalb des Bereichs</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant for the preview…</source>
        <translation>Der Mandant wird für die Vorschau gelesen…</translation>
    </message>
    <message>
        <source>The preview needs the tenant: run Test Connection on Tenant Details.</source>
        <translation>Die Vorschau benötigt den Mandanten: Führen Sie unter „Mandantendetails“ „Verbindung testen“ aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) kept</source>
        <translation>
            <numerusform>%n Connector beibehalten</numerusform>
            <numerusform>%n Connectors beibehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n created</source>
        <translation>
            <numerusform>, %n erstellt</numerusform>
            <numerusform>, %n erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disabled or no longer run</source>
        <translation>
            <numerusform>, %n deaktiviert oder nicht mehr ausgeführt</numerusform>
            <numerusform>, %n deaktiviert oder nicht mehr ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new subscription(s) left without a connector (automatic creation is off)</source>
        <translation>
            <numerusform>; %n neues Abonnement bleibt ohne Connector (automatisches Erstellen ist deaktiviert)</numerusform>
            <numerusform>; %n neue Abonnements bleiben ohne Connector (automatisches Erstellen ist deaktiviert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::ConnectorDraft</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorLifecycle</name>
    <message>
        <source>The profile could not be saved, so nothing was created: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden, daher wurde nichts erstellt: %1</translation>
    </message>
    <message>
        <source>Type the authentication key again.</source>
        <translation>Geben Sie den Authentifizierungsschlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The authentication key could not be stored in the keychain, so the connector was not created: %1</source>
        <translation>Der Authentifizierungsschlüssel konnte nicht im Schlüsselbund gespeichert werden, daher wurde der Connector nicht erstellt: %1</translation>
    </message>
    <message>
        <source>The subscription connectors could not be created: %1</source>
        <translation>Die Abonnement-Connectors konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The authentication key could not be removed from the keychain: %1</source>
        <translation>Der Authentifizierungsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The connector was kept because its authentication key could not be removed from the keychain: %1</source>
        <translation>Der Connector wurde behalten, weil sein Authentifizierungsschlüssel nicht aus dem Schlüsselbund entfernt werden konnte: %1</translation>
    </message>
    <message>
        <source>The connector could not be deleted: %1</source>
        <translation>Der Connector konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The inventory of the connector could not be deleted: %1</source>
        <translation>Das Inventar des Connectors konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Es ist kein Inventar geöffnet.</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorRun</name>
    <message>
        <source>The run was cancelled.</source>
        <translation>Die Ausführung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Tenant discovery failed: %1</source>
        <translation>Die Ermittlung des Mandanten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The subscription&apos;s resources were not returned.</source>
        <translation>Die Ressourcen des Abonnements wurden nicht zurückgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) could not be read.</source>
        <translation>
            <numerusform>%n Abonnement konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Abonnements konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph returned no resources for subscription %1 (%2), but its resource list in Azure Resource Manager has %n: that list was used and no asset was removed. Check the app&apos;s access to Resource Graph for this subscription.</source>
        <translation>
            <numerusform>Resource Graph hat für das Abonnement %1 (%2) keine Ressourcen zurückgegeben, seine Ressourcenliste in Azure Resource Manager enthält aber %n Ressource: Diese Liste wurde verwendet, und es wurde kein Asset entfernt. Prüfen Sie den Zugriff der App auf Resource Graph für dieses Abonnement.</numerusform>
            <numerusform>Resource Graph hat für das Abonnement %1 (%2) keine Ressourcen zurückgegeben, seine Ressourcenliste in Azure Resource Manager enthält aber %n Ressourcen: Diese Liste wurde verwendet, und es wurde kein Asset entfernt. Prüfen Sie den Zugriff der App auf Resource Graph für dieses Abonnement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::ConnectorRuntime</name>
    <message>
        <source>The profile must be saved before its connectors are created.</source>
        <translation>Das Profil muss gespeichert werden, bevor seine Connectors erstellt werden.</translation>
    </message>
    <message>
        <source>The connectors of this profile were already created.</source>
        <translation>Die Connectors dieses Profils wurden bereits erstellt.</translation>
    </message>
    <message>
        <source>No authentication key is available.</source>
        <translation>Kein Authentifizierungsschlüssel verfügbar.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Die Ausführung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The tenant connector &quot;%1&quot; is disabled, so it does not run — neither on its schedule nor on demand. Enable it first; it then runs on its normal schedule.</source>
        <translation>Der Mandanten-Connector „%1“ ist deaktiviert und läuft daher nicht – weder nach Zeitplan noch auf Anforderung. Aktivieren Sie ihn zuerst; danach läuft er nach seinem normalen Zeitplan.</translation>
    </message>
    <message>
        <source>A run of this connector is already in progress.</source>
        <translation>Eine Ausführung dieses Connectors läuft bereits.</translation>
    </message>
    <message>
        <source>Nothing to run: the selected connectors are disabled or flagged.</source>
        <translation>Nichts auszuführen: Die ausgewählten Connectors sind deaktiviert oder markiert.</translation>
    </message>
    <message>
        <source>This tenant connector does not run because its profile is not valid: %1</source>
        <translation>Dieser Mandanten-Connector läuft nicht, weil sein Profil ungültig ist: %1</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>Die Ausführung konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorState</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation>Erfolgreich abgeschlossen</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorTableModel</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The management-group path is filled in by the next run of the tenant connector.</source>
        <translation>Der Verwaltungsgruppenpfad wird bei der nächsten Ausführung des Mandanten-Connectors eingetragen.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Management group path</source>
        <translation>Verwaltungsgruppenpfad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorTableView</name>
    <message>
        <source>Subscription connectors</source>
        <translation>Abonnement-Connectors</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorWizard</name>
    <message>
        <source>Create Connector</source>
        <translation>Connector erstellen</translation>
    </message>
    <message>
        <source>Edit Connector</source>
        <translation>Connector bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Connector</source>
        <translation>Connector duplizieren</translation>
    </message>
    <message>
        <source>&amp;Save Connector</source>
        <translation>Connector &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Create Connector</source>
        <translation>Connector &amp;erstellen</translation>
    </message>
    <message>
        <source>Discard the changes to this connector?</source>
        <translation>Änderungen an diesem Connector verwerfen?</translation>
    </message>
    <message>
        <source>What you entered in this wizard is lost.</source>
        <translation>Ihre Eingaben in diesem Assistenten gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>atc::CreateTagDialog</name>
    <message>
        <source>Create Tag</source>
        <translation>Tag erstellen</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tagname</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tagfarbe</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Übergeordnetes Tag</translation>
    </message>
    <message>
        <source>(none: a top-level tag)</source>
        <translation>(keins: Tag der obersten Ebene)</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Tagbeschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordnet:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Create &amp;Tag</source>
        <translation>&amp;Tag erstellen</translation>
    </message>
    <message>
        <source>Enter a name for the tag.</source>
        <translation>Geben Sie einen Namen für das Tag ein.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists.</source>
        <translation>Ein Tag namens „%1“ ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>atc::DeleteConnectorDialog</name>
    <message>
        <source>Delete Connector</source>
        <translation>Connector löschen</translation>
    </message>
    <message>
        <source>Delete the tenant connector &quot;%1&quot;? Its profile and its authentication key are removed.</source>
        <translation>Mandanten-Connector „%1“ löschen? Sein Profil und sein Authentifizierungsschlüssel werden entfernt.</translation>
    </message>
    <message>
        <source>Also delete its &amp;inventory and run history</source>
        <translation>Auch sein &amp;Inventar und den Ausführungsverlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>atc::DraftPage</name>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>Das Tag konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>atc::EmptyStatePage</name>
    <message>
        <source>No tenant connectors yet</source>
        <translation>Noch keine Mandanten-Connectors</translation>
    </message>
    <message>
        <source>Azure Tenant Connector connects a whole Azure tenant (Entra directory) to your asset inventory. It discovers the tenant&apos;s management groups and subscriptions, keeps one subscription connector per subscription up to date, and tags what it finds.

To begin, create a connector for your tenant: you need an app registration with a client secret and Reader access. No Azure account at hand? Try the built-in sandbox tenant.</source>
        <translation>Azure Tenant Connector verbindet einen ganzen Azure-Mandanten (Entra-Verzeichnis) mit Ihrem Asset-Inventar. Es ermittelt die Verwaltungsgruppen und Abonnements des Mandanten, hält für jedes Abonnement einen Abonnement-Connector aktuell und versieht die gefundenen Assets mit Tags.

Erstellen Sie zunächst einen Connector für Ihren Mandanten: Sie benötigen eine App-Registrierung mit einem geheimen Clientschlüssel und Lesezugriff. Kein Azure-Konto zur Hand? Probieren Sie den integrierten Sandbox-Mandanten aus.</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox Tenant</source>
        <translation>&amp;Sandbox-Mandanten ausprobieren</translation>
    </message>
    <message>
        <source>C&amp;reate Connector…</source>
        <translation>Connector &amp;erstellen…</translation>
    </message>
</context>
<context>
    <name>atc::ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Export %p %</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>An export is running. Wait for it or cancel it first.</source>
        <translation>Ein Export läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n perimeter target(s) to %1.</source>
        <translation>
            <numerusform>%n Perimeterziel wurde nach %1 exportiert.</numerusform>
            <numerusform>%n Perimeterziele wurden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n Asset wurde nach %1 exportiert.</numerusform>
            <numerusform>%n Assets wurden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Export abgebrochen; %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The perimeter targets could not be exported: %1</source>
        <translation>Die Perimeterziele konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>Das Inventar konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>atc::FlagReason</name>
    <message>
        <source>The subscription no longer exists in the tenant.</source>
        <translation>Das Abonnement ist im Mandanten nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The subscription is disabled.</source>
        <translation>Das Abonnement ist deaktiviert.</translation>
    </message>
    <message>
        <source>The subscription moved out of the connector&apos;s scope.</source>
        <translation>Das Abonnement wurde aus dem Bereich des Connectors verschoben.</translation>
    </message>
</context>
<context>
    <name>atc::HelpWindow</name>
    <message>
        <source>Azure Tenant Connector Help</source>
        <translation>Hilfe zu Azure Tenant Connector</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of the built-in help; it is in the docs folder of the source code.</source>
        <translation>„%1“ ist nicht Teil der integrierten Hilfe; es befindet sich im Ordner „docs“ des Quellcodes.</translation>
    </message>
</context>
<context>
    <name>atc::InventoryBrowser</name>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation>Nach Standort filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Filter by activated module</source>
        <translation>Nach aktiviertem Modul filtern</translation>
    </message>
    <message>
        <source>Show &amp;removed</source>
        <translation>&amp;Entfernte anzeigen</translation>
    </message>
    <message>
        <source>Search name, resource group or id</source>
        <translation>Name, Ressourcengruppe oder ID suchen</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Assets durchsuchen</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Assetdetails</translation>
    </message>
    <message>
        <source>Select an asset to see its Azure metadata.</source>
        <translation>Wählen Sie ein Asset aus, um seine Azure-Metadaten anzuzeigen.</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>VM-Scan</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Richtlinienkonformität</translation>
    </message>
    <message>
        <source>SCA</source>
        <translation>SCA</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Cloud-Perimeterscan</translation>
    </message>
    <message>
        <source>CertView</source>
        <translation>CertView</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n Asset</numerusform>
            <numerusform>%n Assets</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>This asset is no longer in the inventory.</source>
        <translation>Dieses Asset ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art (kind)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Activated modules</source>
        <translation>Aktivierte Module</translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation>Öffentliche IP-Adressen</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Azure tags:</source>
        <translation>Azure-Tags:</translation>
    </message>
    <message>
        <source>Configuration (CSPM):</source>
        <translation>Konfiguration (CSPM):</translation>
    </message>
    <message>
        <source>No configuration stored (CSPM is off for this connector).</source>
        <translation>Keine Konfiguration gespeichert (CSPM ist für diesen Connector deaktiviert).</translation>
    </message>
    <message>
        <source>Loading assets</source>
        <translation>Assets werden geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>atc::InventoryDatabase</name>
    <message>
        <source>Inventory database %1: %2 (%3)</source>
        <translation>Inventardatenbank %1: %2 (%3)</translation>
    </message>
    <message>
        <source>statement failed</source>
        <translation>Anweisung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>was written by a newer version of the application</source>
        <translation>wurde von einer neueren Version der Anwendung geschrieben</translation>
    </message>
    <message>
        <source>schema %1, this version knows %2</source>
        <translation>Schema %1, diese Version kennt %2</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>Migration fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot save connector %1</source>
        <translation>Connector %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot save connectors</source>
        <translation>Connectors können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot set connector states</source>
        <translation>Connectorstatus kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot save the tenant connector state</source>
        <translation>Status des Mandanten-Connectors kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the inventory</source>
        <translation>Inventar kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot insert an asset</source>
        <translation>Asset kann nicht eingefügt werden</translation>
    </message>
    <message>
        <source>cannot update an asset</source>
        <translation>Asset kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot tag an asset</source>
        <translation>Asset kann nicht getaggt werden</translation>
    </message>
    <message>
        <source>cannot activate an asset</source>
        <translation>Asset kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>cannot mark an asset removed</source>
        <translation>Asset kann nicht als entfernt markiert werden</translation>
    </message>
    <message>
        <source>cannot update a connector</source>
        <translation>Connector kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot commit the inventory</source>
        <translation>Inventar kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>cannot record the run</source>
        <translation>Ausführung kann nicht protokolliert werden</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle</source>
        <translation>der SQLite-Treiber liefert kein Datenbank-Handle</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>the write was interrupted</source>
        <translation>der Schreibvorgang wurde unterbrochen</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged (%2). Restore it from a backup, or delete it (with its -wal and -shm files) to rebuild it on the next run.</source>
        <translation>Das Inventar %1 ist beschädigt (%2). Stellen Sie es aus einer Sicherung wieder her, oder löschen Sie es (mit seinen Dateien -wal und -shm), damit es bei der nächsten Ausführung neu aufgebaut wird.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be read: %2</source>
        <translation>Das Inventar %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>Datei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Interrupted: the process running it ended before the run finished (it was killed, crashed or the computer stopped). Its changes up to then were kept.</source>
        <translation>Unterbrochen: Der ausführende Prozess endete, bevor die Ausführung abgeschlossen war (er wurde zwangsweise beendet oder ist abgestürzt, oder der Computer wurde angehalten). Die bis dahin vorgenommenen Änderungen wurden beibehalten.</translation>
    </message>
    <message>
        <source>cannot delete the inventory of the connector</source>
        <translation>Inventar des Connectors kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>atc::InventoryExportJob</name>
    <message>
        <source>The inventory could not be opened: %1</source>
        <translation>Das Inventar konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>atc::InventoryModel</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Subscription connector</source>
        <translation>Abonnement-Connector</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Activated modules</source>
        <translation>Aktivierte Module</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>atc::InventoryWriter</name>
    <message>
        <source>The inventory write was interrupted.</source>
        <translation>Das Schreiben des Inventars wurde unterbrochen.</translation>
    </message>
</context>
<context>
    <name>atc::IssueLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>atc::MainWindow</name>
    <message>
        <source>Azure Tenant Connector</source>
        <translation>Azure Tenant Connector</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt der Ausführung</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>The inventory could not be opened: %1</source>
        <translation>Das Inventar konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Neuer Connector…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Ausführung abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Inventory as &amp;CSV…</source>
        <translation>Inventar als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Inventory as &amp;JSON…</source>
        <translation>Inventar als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Perimeter Targets…</source>
        <translation>&amp;Perimeterziele exportieren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Connector</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Tenant connectors</source>
        <translation>Mandanten-Connectors</translation>
    </message>
    <message>
        <source>Filter subscription connectors</source>
        <translation>Abonnement-Connectors filtern</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Die Datei wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>A saved profile could not be loaded:</source>
        <translation>Ein gespeichertes Profil konnte nicht geladen werden:</translation>
    </message>
    <message>
        <source>%1 saved profiles could not be loaded:</source>
        <translation>%1 gespeicherte Profile konnten nicht geladen werden:</translation>
    </message>
    <message>
        <source>The connector runtime is not available.</source>
        <translation>Die Connector-Laufzeit ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot;</source>
        <translation>Mandanten-Connector „%1“</translation>
    </message>
    <message>
        <source>last run: %1</source>
        <translation>letzte Ausführung: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>next run: %1</source>
        <translation>nächste Ausführung: %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) in scope</source>
        <translation>
            <numerusform>%n Abonnement im Bereich</numerusform>
            <numerusform>%n Abonnements im Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>&amp;Run Selected Now</source>
        <translation>Auswahl jetzt &amp;ausführen</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started.</source>
        <translation>Der Sandbox-Mandant konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The first run of &quot;%1&quot; could not start.</source>
        <translation>Die erste Ausführung von „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The connectors could not be changed: %1</source>
        <translation>Die Connectors konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Connector profiles (*.json)</source>
        <translation>Connectorprofile (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be imported: %1</source>
        <translation>Das Profil konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Edit it to enter its authentication key.</source>
        <translation>„%1“ wurde importiert. Bearbeiten Sie es, um seinen Authentifizierungsschlüssel einzugeben.</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>Das Profil konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Inventar exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Perimeter Targets</source>
        <translation>Perimeterziele exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>„%1“ wird ausgeführt…</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; was cancelled; its previous inventory is kept.</source>
        <translation>Die Ausführung von „%1“ wurde abgebrochen; das bisherige Inventar bleibt erhalten.</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; ended: %2 (%3 created, %4 updated, %5 removed).</source>
        <translation>Die Ausführung von „%1“ ist beendet: %2 (%3 erstellt, %4 aktualisiert, %5 entfernt).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Tag Catalogue…</source>
        <translation>&amp;Tag-Katalog…</translation>
    </message>
    <message>
        <source>E&amp;nable Tenant Connector</source>
        <translation>Mandanten-Connector akti&amp;vieren</translation>
    </message>
    <message>
        <source>Di&amp;sable Tenant Connector</source>
        <translation>Mandanten-Connector &amp;deaktivieren</translation>
    </message>
    <message>
        <source>next run: none while disabled</source>
        <translation>nächste Ausführung: keine, solange deaktiviert</translation>
    </message>
    <message>
        <source>This tenant connector is disabled, so it does not run. Enable it first (Connector ▸ Enable Tenant Connector).</source>
        <translation>Dieser Mandanten-Connector ist deaktiviert und läuft daher nicht. Aktivieren Sie ihn zuerst (Connector ▸ Mandanten-Connector aktivieren).</translation>
    </message>
    <message>
        <source>E&amp;nable Subscription Connectors</source>
        <translation>Abonnement-Connectors akti&amp;vieren</translation>
    </message>
    <message>
        <source>Di&amp;sable Subscription Connectors</source>
        <translation>Abonnement-Connectors &amp;deaktivieren</translation>
    </message>
    <message>
        <source>The tenant connector could not be changed: %1</source>
        <translation>Der Mandanten-Connector konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Qualys</source>
        <translation>&amp;Qualys</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;About Azure Tenant Connector</source>
        <translation>&amp;Über Azure Tenant Connector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Su&amp;bscription connectors</source>
        <translation>A&amp;bonnement-Connectors</translation>
    </message>
    <message>
        <source>Run his&amp;tory</source>
        <translation>Ausführungs&amp;verlauf</translation>
    </message>
    <message>
        <source>Copy Tenant Connector &amp;ID</source>
        <translation>Mandanten-Connector-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy Subscription &amp;IDs</source>
        <translation>Abonnement-&amp;IDs kopieren</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; reported:</source>
        <translation>Die Ausführung von „%1“ meldete:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>About Azure Tenant Connector</source>
        <translation>Über Azure Tenant Connector</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Reads the subscriptions and resources of Azure tenants into a local inventory and hands them to Qualys.</source>
        <translation>Liest die Abonnements und Ressourcen von Azure-Mandanten in ein lokales Inventar ein und übergibt sie an Qualys.</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence.</source>
        <translation>Lizenziert unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>atc::ManagementGroupTreeModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n subscription(s) in this group and below</source>
        <translation>
            <numerusform>%1 (%2): %n Abonnement in dieser Gruppe und darunter</numerusform>
            <numerusform>%1 (%2): %n Abonnements in dieser Gruppe und darunter</numerusform>
        </translation>
    </message>
    <message>
        <source>Management group</source>
        <translation>Verwaltungsgruppe</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
</context>
<context>
    <name>atc::MemberConnectorAction</name>
    <message>
        <source>no subscription connector id was given</source>
        <translation>es wurde keine Abonnement-Connector-ID angegeben</translation>
    </message>
</context>
<context>
    <name>atc::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>atc::PreviewModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Skip (%1)</source>
        <translation>Überspringen (%1)</translation>
    </message>
    <message>
        <source>Create (renamed: name taken)</source>
        <translation>Erstellen (umbenannt: Name vergeben)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; is %2: it is listed but no connector is created.</source>
        <translation>Das Abonnement „%1“ hat den Status %2: Es wird aufgeführt, aber es wird kein Connector erstellt.</translation>
    </message>
    <message>
        <source>Another subscription already gives this connector&apos;s plain name; it is named &quot;%1&quot; instead.</source>
        <translation>Ein anderes Abonnement ergibt bereits den einfachen Namen dieses Connectors; er heißt stattdessen „%1“.</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Connectorname</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>Abonnement-ID</translation>
    </message>
    <message>
        <source>Management group path</source>
        <translation>Verwaltungsgruppenpfad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Keep (enable again)</source>
        <translation>Beibehalten (wieder aktivieren)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Keep, not run</source>
        <translation>Beibehalten, nicht ausgeführt</translation>
    </message>
    <message>
        <source>Stays disabled</source>
        <translation>Bleibt deaktiviert</translation>
    </message>
    <message>
        <source>Not created (automatic creation is off)</source>
        <translation>Nicht erstellt (automatisches Erstellen ist deaktiviert)</translation>
    </message>
    <message>
        <source>This connector exists and stays as it is.</source>
        <translation>Dieser Connector ist vorhanden und bleibt unverändert.</translation>
    </message>
    <message>
        <source>This connector exists, was disabled, and is in scope again: it is enabled again.</source>
        <translation>Dieser Connector ist vorhanden, war deaktiviert und liegt wieder im Bereich: Er wird wieder aktiviert.</translation>
    </message>
    <message>
        <source>A new subscription in scope: no connector is made for it because &quot;Automatically create connectors for new accounts&quot; is off.</source>
        <translation>Ein neues Abonnement im Bereich: Dafür wird kein Connector erstellt, weil „Connectors für neue Konten automatisch erstellen“ deaktiviert ist.</translation>
    </message>
</context>
<context>
    <name>atc::PrivatePaths</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file of that name is in the way.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden: Eine Datei mit diesem Namen ist im Weg.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>atc::ProfileListModel</name>
    <message>
        <source>1 selected management group</source>
        <translation>1 ausgewählte Verwaltungsgruppe</translation>
    </message>
    <message>
        <source>%1 selected management groups</source>
        <translation>%1 ausgewählte Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>All management groups</source>
        <translation>Alle Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>All management groups, 1 excluded</source>
        <translation>Alle Verwaltungsgruppen, 1 ausgeschlossen</translation>
    </message>
    <message>
        <source>All management groups, %1 excluded</source>
        <translation>Alle Verwaltungsgruppen, %1 ausgeschlossen</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: %1</source>
        <translation>Verzeichnis-ID (Mandant): %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Disabled: this tenant connector does not run, neither on its schedule nor on demand, until it is enabled again.</source>
        <translation>Deaktiviert: Dieser Mandanten-Connector läuft weder nach Zeitplan noch auf Anforderung, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Not valid: this tenant connector does not run until its profile is corrected.
%1</source>
        <translation>Ungültig: Dieser Mandanten-Connector läuft nicht, bis sein Profil korrigiert ist.
%1</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Last run OK</source>
        <translation>Letzte Ausführung OK</translation>
    </message>
    <message>
        <source>Last run with errors</source>
        <translation>Letzte Ausführung mit Fehlern</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Letzte Ausführung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>atc::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>„%1“ muss eine Liste von Zeichenfolgen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time in ISO 8601 form.</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit im Format ISO 8601 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown value &quot;%2&quot;.</source>
        <translation>„%1“ hat einen unbekannten Wert „%2“.</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is missing or not a positive number.</source>
        <translation>„schemaVersion“ fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the application (schema version %1; this version knows %2). Update the application to open it; the file was left unchanged.</source>
        <translation>Die Datei wurde von einer neueren Version der Anwendung geschrieben (Schemaversion %1; diese Version kennt %2). Aktualisieren Sie die Anwendung, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei enthält kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold a JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of numbers.</source>
        <translation>„%1“ muss eine Liste von Zahlen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time such as 02:30.</source>
        <translation>„%1“ muss eine Uhrzeit wie 02:30 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>Die Profil-ID „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Import it under another name, or delete the existing profile first.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden. Importieren Sie es unter einem anderen Namen, oder löschen Sie zuerst das vorhandene Profil.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list.</source>
        <translation>„tags“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: %2 It was moved to %3.</source>
        <translation>%1: %2 Die Datei wurde nach %3 verschoben.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved because it is not valid: %2</source>
        <translation>Das Profil „%1“ wurde nicht gespeichert, weil es ungültig ist: %2</translation>
    </message>
    <message>
        <source>%1: the profile is not valid, nothing was imported: %2</source>
        <translation>%1: Das Profil ist ungültig, es wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names platform &quot;%2&quot; twice.</source>
        <translation>„%1“ nennt die Plattform „%2“ zweimal.</translation>
    </message>
</context>
<context>
    <name>atc::ProfileValidator</name>
    <message>
        <source>Enter a name for the connector.</source>
        <translation>Geben Sie einen Namen für den Connector ein.</translation>
    </message>
    <message>
        <source>Shorten the name to at most %1 characters (it has %2).</source>
        <translation>Kürzen Sie den Namen auf höchstens %1 Zeichen (er hat %2).</translation>
    </message>
    <message>
        <source>A connector named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Ein Connector namens „%1“ ist bereits vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Shorten the description to at most %1 characters (it has %2).</source>
        <translation>Kürzen Sie die Beschreibung auf höchstens %1 Zeichen (sie hat %2).</translation>
    </message>
    <message>
        <source>sign-in (authority) URL</source>
        <translation>Anmelde-URL (Autorität)</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>Resource Manager-URL</translation>
    </message>
    <message>
        <source>Enter the %1 of the custom endpoint.</source>
        <translation>Geben Sie die %1 des benutzerdefinierten Endpunkts ein.</translation>
    </message>
    <message>
        <source>Enter the %1 as an absolute http or https URL, for example https://login.example.com.</source>
        <translation>Geben Sie die %1 als absolute http- oder https-URL ein, zum Beispiel https://login.example.com.</translation>
    </message>
    <message>
        <source>Use https for the %1: plain http is only allowed for loopback addresses such as 127.0.0.1 or localhost.</source>
        <translation>Verwenden Sie https für die %1: Unverschlüsseltes http ist nur für Loopback-Adressen wie 127.0.0.1 oder localhost zulässig.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file by its full path, or leave it empty.</source>
        <translation>Geben Sie die CA-Zertifikatdatei mit vollständigem Pfad an, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Shorten the tenant name to at most %1 characters.</source>
        <translation>Kürzen Sie den Mandantennamen auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Enter the Application (client) ID of the app registration, a GUID shown on its Overview page.</source>
        <translation>Geben Sie die Anwendungs-ID (Client) der App-Registrierung ein, eine GUID auf deren Seite „Übersicht“.</translation>
    </message>
    <message>
        <source>The Application (client) ID must be a GUID such as 11111111-2222-3333-4444-555555555555. Copy it from the app registration&apos;s Overview page.</source>
        <translation>Die Anwendungs-ID (Client) muss eine GUID wie 11111111-2222-3333-4444-555555555555 sein. Kopieren Sie sie von der Seite „Übersicht“ der App-Registrierung.</translation>
    </message>
    <message>
        <source>The Application (client) ID cannot be the empty GUID. Copy the real ID from the app registration.</source>
        <translation>Die Anwendungs-ID (Client) darf nicht die leere GUID sein. Kopieren Sie die tatsächliche ID aus der App-Registrierung.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID: a GUID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Geben Sie die Verzeichnis-ID (Mandant) ein: eine GUID oder eine verifizierte Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant. Enter your own Directory (tenant) ID or verified domain.</source>
        <translation>„%1“ ist kein Mandant. Geben Sie Ihre eigene Verzeichnis-ID (Mandant) oder verifizierte Domäne ein.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID cannot be the empty GUID. Copy the real ID from the Entra ID Overview page.</source>
        <translation>Die Verzeichnis-ID (Mandant) darf nicht die leere GUID sein. Kopieren Sie die tatsächliche ID von der Seite „Übersicht“ in Entra ID.</translation>
    </message>
    <message>
        <source>Remove the spaces from the Directory (tenant) ID.</source>
        <translation>Entfernen Sie die Leerzeichen aus der Verzeichnis-ID (Mandant).</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID must be a GUID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Die Verzeichnis-ID (Mandant) muss eine GUID oder eine verifizierte Domäne wie contoso.onmicrosoft.com sein.</translation>
    </message>
    <message>
        <source>Enter the authentication key: the Value of a client secret of the app registration.</source>
        <translation>Geben Sie den Authentifizierungsschlüssel ein: den Wert eines geheimen Clientschlüssels der App-Registrierung.</translation>
    </message>
    <message>
        <source>This looks like a client secret&apos;s Secret ID. Enter the secret&apos;s Value instead; Azure shows it only once, when the secret is created.</source>
        <translation>Das sieht nach der geheimen ID eines geheimen Clientschlüssels aus. Geben Sie stattdessen seinen Wert ein; Azure zeigt ihn nur einmal an, beim Erstellen des Schlüssels.</translation>
    </message>
    <message>
        <source>Enter a prefix for the names of the subscription connectors.</source>
        <translation>Geben Sie ein Präfix für die Namen der Abonnement-Connectors ein.</translation>
    </message>
    <message>
        <source>Shorten the connector name prefix to at most %1 characters.</source>
        <translation>Kürzen Sie das Präfix für Connectornamen auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in the connector name prefix.</source>
        <translation>Verwenden Sie im Präfix für Connectornamen nur Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Select at least one management group, or choose all management groups.</source>
        <translation>Wählen Sie mindestens eine Verwaltungsgruppe aus, oder wählen Sie alle Verwaltungsgruppen.</translation>
    </message>
    <message>
        <source>Excluded management groups only apply with &quot;All management groups&quot;; they are ignored for a selection.</source>
        <translation>Ausgeschlossene Verwaltungsgruppen gelten nur mit „Alle Verwaltungsgruppen“; bei einer Auswahl werden sie ignoriert.</translation>
    </message>
    <message>
        <source>Cloud perimeter scan needs VM scanning. Turn on VM scanning or turn off the perimeter scan.</source>
        <translation>Der Cloud-Perimeterscan erfordert den VM-Scan. Aktivieren Sie den VM-Scan, oder deaktivieren Sie den Perimeterscan.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for the perimeter scan.</source>
        <translation>Wählen Sie mindestens einen Wochentag für den Perimeterscan.</translation>
    </message>
    <message>
        <source>Choose a start time for the perimeter scan.</source>
        <translation>Wählen Sie eine Startzeit für den Perimeterscan.</translation>
    </message>
    <message>
        <source>Choose a time zone for the perimeter scan, such as Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone für den Perimeterscan, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>Policy compliance needs the PC agent and Compliance Manager. Enable both in the application settings, or turn off policy compliance.</source>
        <translation>Die Richtlinienkonformität erfordert den PC-Agenten und Compliance Manager. Aktivieren Sie beide in den Anwendungseinstellungen, oder deaktivieren Sie die Richtlinienkonformität.</translation>
    </message>
    <message>
        <source>Policy compliance and SCA cannot both be activated. Turn off one of them.</source>
        <translation>Richtlinienkonformität und SCA können nicht beide aktiviert sein. Deaktivieren Sie eines davon.</translation>
    </message>
    <message>
        <source>An asset tag no longer exists in the tag catalogue. Remove it or choose another tag.</source>
        <translation>Ein Asset-Tag ist nicht mehr im Tagkatalog vorhanden. Entfernen Sie es, oder wählen Sie ein anderes Tag.</translation>
    </message>
    <message>
        <source>No asset tag is chosen. We recommend one generic tag such as &quot;Azure&quot; so that every asset from this tenant is easy to find.</source>
        <translation>Es ist kein Asset-Tag ausgewählt. Wir empfehlen ein allgemeines Tag wie „Azure“, damit jedes Asset aus diesem Mandanten leicht zu finden ist.</translation>
    </message>
    <message>
        <source>A connector tag no longer exists in the tag catalogue. Remove it or choose another tag.</source>
        <translation>Ein Connector-Tag ist nicht mehr im Tagkatalog vorhanden. Entfernen Sie es, oder wählen Sie ein anderes Tag.</translation>
    </message>
    <message>
        <source>Rule %1: enter the Azure tag key to look at (without &lt; &gt; % &amp; \ ? /).</source>
        <translation>Regel %1: Geben Sie den zu prüfenden Azure-Tagschlüssel ein (ohne &lt; &gt; % &amp; \ ? /).</translation>
    </message>
    <message>
        <source>Rule %1: enter a value to compare with.</source>
        <translation>Regel %1: Geben Sie einen Vergleichswert ein.</translation>
    </message>
    <message>
        <source>Rule %1: the regular expression is not valid at position %2: %3. Correct the expression.</source>
        <translation>Regel %1: Der reguläre Ausdruck ist an Position %2 ungültig: %3. Korrigieren Sie den Ausdruck.</translation>
    </message>
    <message>
        <source>Rule %1: choose the tag to apply.</source>
        <translation>Regel %1: Wählen Sie das anzuwendende Tag.</translation>
    </message>
    <message>
        <source>Rule %1: its tag no longer exists in the tag catalogue. Choose another tag.</source>
        <translation>Regel %1: Ihr Tag ist nicht mehr im Tagkatalog vorhanden. Wählen Sie ein anderes Tag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Remove the control characters (such as line breaks, tabs or escape sequences) from the name.</source>
        <translation>Entfernen Sie die Steuerzeichen (etwa Zeilenumbrüche, Tabulatoren oder Escapesequenzen) aus dem Namen.</translation>
    </message>
    <message>
        <source>Remove the control characters (such as line breaks, tabs or escape sequences) from the tenant name.</source>
        <translation>Entfernen Sie die Steuerzeichen (etwa Zeilenumbrüche, Tabulatoren oder Escapesequenzen) aus dem Mandantennamen.</translation>
    </message>
    <message>
        <source>The tenant polling frequency must be a whole number of hours from 1 to 23 (60 to 1380 minutes); it is %1 minutes.</source>
        <translation>Die Abfragehäufigkeit des Mandanten muss eine ganze Zahl von Stunden von 1 bis 23 sein (60 bis 1380 Minuten); sie beträgt %1 Minuten.</translation>
    </message>
    <message>
        <source>The subscription polling frequency must be a whole number of hours from 1 to 23 (60 to 1380 minutes); it is %1 minutes.</source>
        <translation>Die Abfragehäufigkeit der Abonnements muss eine ganze Zahl von Stunden von 1 bis 23 sein (60 bis 1380 Minuten); sie beträgt %1 Minuten.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is true, but the tenant is not the built-in sandbox tenant (cloud Custom, directory %1, application %2): set &quot;sandbox&quot; to false or use the sandbox tenant.</source>
        <translation>„sandbox“ ist true, aber der Mandant ist nicht der integrierte Sandbox-Mandant (Cloud Custom, Verzeichnis %1, Anwendung %2): Setzen Sie „sandbox“ auf false, oder verwenden Sie den Sandbox-Mandanten.</translation>
    </message>
</context>
<context>
    <name>atc::ProxyConfigurator</name>
    <message>
        <source>The proxy password is not available: no keychain. Set %1 for services without a keychain.</source>
        <translation>Das Proxykennwort ist nicht verfügbar: kein Schlüsselbund. Setzen Sie %1 für Dienste ohne Schlüsselbund.</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain: %1 The proxy is used without a password; enter it in Settings or set %2.</source>
        <translation>Das Proxykennwort konnte nicht aus dem Schlüsselbund gelesen werden: %1 Der Proxy wird ohne Kennwort verwendet; geben Sie es in den Einstellungen ein, oder setzen Sie %2.</translation>
    </message>
    <message>
        <source>it was never saved.</source>
        <translation>Es wurde nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccount</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountCombo</name>
    <message>
        <source>Not on Qualys</source>
        <translation>Nicht auf Qualys</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountStore</name>
    <message>
        <source>The Qualys accounts file %1 cannot be used (%2); no account is loaded. It is left as it is until you save an account.</source>
        <translation>Die Qualys-Kontendatei %1 kann nicht verwendet werden (%2); es wird kein Konto geladen. Sie bleibt unverändert, bis Sie ein Konto speichern.</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>größer als 1 MiB</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>written by a newer version of the application</source>
        <translation>von einer neueren Version der Anwendung geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) of %1 were skipped.</source>
        <translation>
            <numerusform>%n beschädigter Eintrag von %1 wurde übersprungen.</numerusform>
            <numerusform>%n beschädigte Einträge von %1 wurden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountsPage</name>
    <message>
        <source>Qualys accounts</source>
        <translation>Qualys-Konten</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New Qualys account</source>
        <translation>Neues Qualys-Konto</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the Qualys account</source>
        <translation>Das Qualys-Konto entfernen</translation>
    </message>
    <message>
        <source>Qualys platform</source>
        <translation>Qualys-Plattform</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>Gateway-URL</translation>
    </message>
    <message>
        <source>API server URL</source>
        <translation>API-Server-URL</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>Qualys user name</source>
        <translation>Qualys-Benutzername</translation>
    </message>
    <message>
        <source>Qualys password</source>
        <translation>Qualys-Kennwort</translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Anmeldung testen</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>Konto &amp;speichern</translation>
    </message>
    <message>
        <source>Save the Qualys account</source>
        <translation>Das Qualys-Konto speichern</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation>Benutzerdefinierte URLs</translation>
    </message>
    <message>
        <source>https://gateway.qg1.apps.qualys.com</source>
        <translation>https://gateway.qg1.apps.qualys.com</translation>
    </message>
    <message>
        <source>https://qualysapi.qualys.com</source>
        <translation>https://qualysapi.qualys.com</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Kennwort</translation>
    </message>
    <message>
        <source>Client id and secret</source>
        <translation>Client-ID und geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Saved accounts:</source>
        <translation>Gespeicherte Konten:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;Gateway-URL:</translation>
    </message>
    <message>
        <source>&amp;API server URL:</source>
        <translation>&amp;API-Server-URL:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Passwords and client secrets are stored in the keychain, never in a file. Use an API user with the connector permissions.</source>
        <translation>Kennwörter und geheime Clientschlüssel werden im Schlüsselbund gespeichert, nie in einer Datei. Verwenden Sie einen API-Benutzer mit den Connector-Berechtigungen.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Geheimer &amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Qualys client id</source>
        <translation>Qualys-Client-ID</translation>
    </message>
    <message>
        <source>Qualys client secret</source>
        <translation>Geheimer Qualys-Clientschlüssel</translation>
    </message>
    <message>
        <source>Enter both the gateway URL and the API server URL of the platform.</source>
        <translation>Geben Sie sowohl die Gateway-URL als auch die API-Server-URL der Plattform ein.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the Qualys user name.</source>
        <translation>Geben Sie den Qualys-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>The client id must not contain spaces.</source>
        <translation>Die Client-ID darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>Der Benutzername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the client secret (stored in the keychain).</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein (wird im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>Enter the password (stored in the keychain).</source>
        <translation>Geben Sie das Kennwort ein (wird im Schlüsselbund gespeichert).</translation>
    </message>
    <message>
        <source>Enter both the gateway URL and the API server URL.</source>
        <translation>Geben Sie sowohl die Gateway-URL als auch die API-Server-URL ein.</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Signed in: Qualys %1 accepts %2 on the gateway and on the API server.</source>
        <translation>Angemeldet: Qualys %1 akzeptiert %2 am Gateway und am API-Server.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The gateway accepted the account, the API server did not.</source>
        <translation>Das Gateway hat das Konto akzeptiert, der API-Server nicht.</translation>
    </message>
    <message>
        <source>Reading the stored secret from the keychain…</source>
        <translation>Das gespeicherte Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1. Its secret is in the keychain; the account file holds none.</source>
        <translation>%1 gespeichert. Das Geheimnis liegt im Schlüsselbund; die Kontendatei enthält keines.</translation>
    </message>
    <message>
        <source>No keychain is available: the secret cannot be stored.</source>
        <translation>Es ist kein Schlüsselbund verfügbar: Das Geheimnis kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain, so the account was not saved: %1</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund gespeichert werden, daher wurde das Konto nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Das Konto konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain, so the account is kept: %1</source>
        <translation>Das Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden, daher bleibt das Konto erhalten: %1</translation>
    </message>
</context>
<context>
    <name>atc::QualysCredentialResolver</name>
    <message>
        <source>The stored Qualys client secret of %1 is not available</source>
        <translation>Der gespeicherte geheime Qualys-Clientschlüssel von %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The stored Qualys password of %1 is not available</source>
        <translation>Das gespeicherte Qualys-Kennwort von %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Sign in again (Settings &gt; Qualys accounts, or atc qualys login); the CLI also reads QUALYS_USERNAME and QUALYS_PASSWORD, or QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET.</source>
        <translation>Melden Sie sich erneut an (Einstellungen &gt; Qualys-Konten oder atc qualys login); die CLI liest auch QUALYS_USERNAME und QUALYS_PASSWORD bzw. QUALYS_CLIENT_ID und QUALYS_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>atc::QualysError</name>
    <message>
        <source>the Qualys platform</source>
        <translation>die Qualys-Plattform</translation>
    </message>
    <message>
        <source>The Qualys settings are not usable.</source>
        <translation>Die Qualys-Einstellungen sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>The Qualys settings are not usable: %1</source>
        <translation>Die Qualys-Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The connector breaks a rule of the Qualys platform; nothing was sent.</source>
        <translation>Der Connector verstößt gegen eine Regel der Qualys-Plattform; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connector breaks a rule of the Qualys platform; nothing was sent: %1</source>
        <translation>Der Connector verstößt gegen eine Regel der Qualys-Plattform; es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the Qualys user name or password.</source>
        <translation>Qualys %1 hat den Qualys-Benutzernamen oder das Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the Qualys user name &quot;%2&quot; or its password.</source>
        <translation>Qualys %1 hat den Qualys-Benutzernamen „%2“ oder sein Kennwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the client ID or the client secret.</source>
        <translation>Qualys %1 hat die Client-ID oder den geheimen Clientschlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the client ID &quot;%2&quot; or its client secret.</source>
        <translation>Qualys %1 hat die Client-ID „%2“ oder ihren geheimen Clientschlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The Qualys user may sign in but has no API access to connectors.</source>
        <translation>Der Qualys-Benutzer darf sich anmelden, hat aber keinen API-Zugriff auf Connectors.</translation>
    </message>
    <message>
        <source>The Qualys user &quot;%1&quot; may sign in but has no API access to connectors.</source>
        <translation>Der Qualys-Benutzer „%1“ darf sich anmelden, hat aber keinen API-Zugriff auf Connectors.</translation>
    </message>
    <message>
        <source>The Qualys user is not allowed to do this.</source>
        <translation>Der Qualys-Benutzer darf dies nicht tun.</translation>
    </message>
    <message>
        <source>Qualys refused the request.</source>
        <translation>Qualys hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Qualys does not know this object (it was deleted, or it is outside the user&apos;s scope).</source>
        <translation>Qualys kennt dieses Objekt nicht (es wurde gelöscht oder liegt außerhalb des Bereichs des Benutzers).</translation>
    </message>
    <message>
        <source>Qualys reports a conflict (an object with this name may already exist).</source>
        <translation>Qualys meldet einen Konflikt (möglicherweise gibt es bereits ein Objekt mit diesem Namen).</translation>
    </message>
    <message>
        <source>Qualys rejected the sign-in token even after signing in again.</source>
        <translation>Qualys hat das Anmeldetoken auch nach erneuter Anmeldung abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Qualys limits the rate of API calls and asked to wait %n second(s).</source>
        <translation>
            <numerusform>Qualys begrenzt die Rate der API-Aufrufe und hat gebeten, %n Sekunde zu warten.</numerusform>
            <numerusform>Qualys begrenzt die Rate der API-Aufrufe und hat gebeten, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualys limits the rate of API calls; the calls were refused too often.</source>
        <translation>Qualys begrenzt die Rate der API-Aufrufe; die Aufrufe wurden zu oft abgelehnt.</translation>
    </message>
    <message>
        <source>Qualys answered with a server error (HTTP %1).</source>
        <translation>Qualys hat mit einem Serverfehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Qualys answered with an unexpected HTTP status %1.</source>
        <translation>Qualys hat mit einem unerwarteten HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The Qualys API reported a failure.</source>
        <translation>Die Qualys-API hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The Qualys API reported a failure (%1).</source>
        <translation>Die Qualys-API hat einen Fehler gemeldet (%1).</translation>
    </message>
    <message>
        <source>The create request was sent to Qualys %1 but no answer came back: the tenant connector may exist there now.</source>
        <translation>Die Erstellungsanfrage wurde an Qualys %1 gesendet, aber es kam keine Antwort zurück: Der Mandanten-Connector ist dort möglicherweise jetzt vorhanden.</translation>
    </message>
    <message>
        <source>Qualys %1 does not offer this operation.</source>
        <translation>Qualys %1 bietet diesen Vorgang nicht an.</translation>
    </message>
    <message>
        <source>The stored Qualys credentials are not available.</source>
        <translation>Die gespeicherten Qualys-Anmeldeinformationen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Der Servername %1 wurde nicht gefunden (DNS).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Der Server %1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation>Die Netzwerkverbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Der Server %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of %1 was incomplete or could not be understood.</source>
        <translation>Die Antwort von %1 war unvollständig oder konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another host (%2); refused.</source>
        <translation>Der Server %1 hat die Anfrage an einen anderen Host umgeleitet (%2); die Umleitung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Choose a Qualys platform, or enter both the gateway and the API server URL (https://).</source>
        <translation>Wählen Sie eine Qualys-Plattform, oder geben Sie sowohl die Gateway- als auch die API-Server-URL ein (https://).</translation>
    </message>
    <message>
        <source>Edit the connector and push again.</source>
        <translation>Bearbeiten Sie den Connector, und übertragen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Check the Qualys user name and password, and that the account belongs to this platform (the pod shown in the Qualys portal&apos;s URL).</source>
        <translation>Prüfen Sie den Qualys-Benutzernamen und das Kennwort sowie, ob das Konto zu dieser Plattform gehört (der Pod in der URL des Qualys-Portals).</translation>
    </message>
    <message>
        <source>Check the client ID and the client secret (My Profile &gt; Auth ID Client Management), and that the user who owns the client is still active.</source>
        <translation>Prüfen Sie die Client-ID und den geheimen Clientschlüssel (My Profile &gt; Auth ID Client Management) sowie, ob der Benutzer, dem der Client gehört, noch aktiv ist.</translation>
    </message>
    <message>
        <source>Ask your Qualys administrator for API access and the Connectors permission (a Manager with full scope); a new password does not help.</source>
        <translation>Bitten Sie Ihren Qualys-Administrator um API-Zugriff und die Berechtigung „Connectors“ (ein Manager mit vollem Bereich); ein neues Kennwort hilft nicht.</translation>
    </message>
    <message>
        <source>Use a Qualys Manager with full scope, or ask for the Connectors permission.</source>
        <translation>Verwenden Sie einen Qualys-Manager mit vollem Bereich, oder fordern Sie die Berechtigung „Connectors“ an.</translation>
    </message>
    <message>
        <source>Correct what the platform names, then try again; if it names a field this application sends, please report the message (see docs/qualys.md).</source>
        <translation>Korrigieren Sie, was die Plattform nennt, und versuchen Sie es dann erneut; nennt sie ein Feld, das diese Anwendung sendet, melden Sie bitte die Meldung (siehe docs/qualys.md).</translation>
    </message>
    <message>
        <source>If it was deleted in the Qualys portal, create it again.</source>
        <translation>Wenn es im Qualys-Portal gelöscht wurde, erstellen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose another name, or look for the existing object in the Qualys portal.</source>
        <translation>Wählen Sie einen anderen Namen, oder suchen Sie das vorhandene Objekt im Qualys-Portal.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the user&apos;s permissions, then try again.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Computers sowie die Berechtigungen des Benutzers, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wait a while and try again; other scripts using the same Qualys account share its limit.</source>
        <translation>Warten Sie eine Weile, und versuchen Sie es erneut; andere Skripts, die dasselbe Qualys-Konto verwenden, teilen sich dessen Limit.</translation>
    </message>
    <message>
        <source>This is usually temporary: try again later.</source>
        <translation>Das ist meist vorübergehend: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the gateway and API server URLs of the platform.</source>
        <translation>Prüfen Sie die Gateway- und API-Server-URLs der Plattform.</translation>
    </message>
    <message>
        <source>Read the platform&apos;s words below; they say what to change.</source>
        <translation>Lesen Sie den Wortlaut der Plattform unten; er sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Look for the tenant connector in the Qualys portal before pushing again; the next push looks it up first and never creates a second one blindly.</source>
        <translation>Suchen Sie den Mandanten-Connector im Qualys-Portal, bevor Sie erneut übertragen; die nächste Übertragung sucht ihn zuerst und erstellt nie blind einen zweiten.</translation>
    </message>
    <message>
        <source>Check the platform URLs, the DNS settings and the network connection.</source>
        <translation>Prüfen Sie die Plattform-URLs, die DNS-Einstellungen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Check the platform URLs and whether a firewall blocks the connection.</source>
        <translation>Prüfen Sie die Plattform-URLs und ob eine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und den Proxy, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add its CA certificate (PEM) with the custom CA option; otherwise check the URL and the computer&apos;s date.</source>
        <translation>Wenn Ihr Netzwerk TLS-Datenverkehr untersucht, fügen Sie dessen CA-Zertifikat (PEM) über die Option für ein eigenes CA-Zertifikat hinzu; prüfen Sie andernfalls die URL und das Datum des Computers.</translation>
    </message>
    <message>
        <source>This is usually a network interruption or an intercepting proxy: try again.</source>
        <translation>Meist ist das eine Netzwerkunterbrechung oder ein zwischengeschalteter Proxy: Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Credentials are sent only to the configured Qualys URLs. Check them, and whether a proxy redirects the requests.</source>
        <translation>Anmeldeinformationen werden nur an die konfigurierten Qualys-URLs gesendet. Prüfen Sie diese und ob ein Proxy die Anfragen umleitet.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Qualys said: %1</source>
        <translation>Qualys meldet: %1</translation>
    </message>
</context>
<context>
    <name>atc::QualysKeyRotation</name>
    <message>
        <source>The new Azure key could not be stored: %1</source>
        <translation>Der neue Azure-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a new key and at least one connector are needed</source>
        <translation>ein neuer Schlüssel und mindestens ein Connector sind erforderlich</translation>
    </message>
    <message>
        <source>Reading the current keys…</source>
        <translation>Die aktuellen Schlüssel werden gelesen…</translation>
    </message>
    <message>
        <source>Storing the new key on this computer…</source>
        <translation>Der neue Schlüssel wird auf diesem Computer gespeichert…</translation>
    </message>
    <message>
        <source>no tenant connector id is recorded for this platform; push the connector first</source>
        <translation>für diese Plattform ist keine Mandanten-Connector-ID erfasst; übertragen Sie den Connector zuerst</translation>
    </message>
    <message>
        <source>Updating &quot;%1&quot; on Qualys %2…</source>
        <translation>„%1“ wird auf Qualys %2 aktualisiert…</translation>
    </message>
</context>
<context>
    <name>atc::QualysMapping</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The connector needs a name.</source>
        <translation>Der Connector benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Qualys accepts connector names of at most 255 characters.</source>
        <translation>Qualys akzeptiert Connector-Namen mit höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID.</source>
        <translation>Die Anwendungs-ID (Client) muss eine GUID sein.</translation>
    </message>
    <message>
        <source>Qualys needs the directory (tenant) ID as a GUID, not a domain name; copy it from the app&apos;s Overview page.</source>
        <translation>Qualys benötigt die Verzeichnis-ID (Mandant) als GUID, nicht als Domänennamen; kopieren Sie sie von der Seite „Übersicht“ der App.</translation>
    </message>
    <message>
        <source>The tenant polling frequency</source>
        <translation>Die Abfragehäufigkeit des Mandanten</translation>
    </message>
    <message>
        <source>The subscription polling frequency</source>
        <translation>Die Abfragehäufigkeit der Abonnements</translation>
    </message>
    <message>
        <source>%1 must be positive.</source>
        <translation>%1 muss positiv sein.</translation>
    </message>
    <message>
        <source>%1 of %2 is above the 7 days Qualys accepts.</source>
        <translation>%1 (%2) liegt über den 7 Tagen, die Qualys akzeptiert.</translation>
    </message>
    <message>
        <source>Policy Compliance and SCA cannot be activated together.</source>
        <translation>Richtlinienkonformität und SCA können nicht gleichzeitig aktiviert werden.</translation>
    </message>
    <message>
        <source>The cloud perimeter scan needs VM scanning.</source>
        <translation>Der Cloud-Perimeterscan erfordert den VM-Scan.</translation>
    </message>
    <message>
        <source>Select at least one management group, or choose all management groups.</source>
        <translation>Wählen Sie mindestens eine Verwaltungsgruppe aus, oder wählen Sie alle Verwaltungsgruppen.</translation>
    </message>
    <message>
        <source>Subscription polling of %1 is rounded up to %2 by Qualys (whole days, 1–7).</source>
        <translation>Das Abfrageintervall der Abonnements (%1) wird von Qualys auf %2 aufgerundet (ganze Tage, 1–7).</translation>
    </message>
    <message>
        <source>Tenant polling of %1 may be rounded up to %2 by Qualys: current platforms count whole days (1–7), older ones accept under 24 hours.</source>
        <translation>Das Abfrageintervall des Mandanten (%1) wird von Qualys möglicherweise auf %2 aufgerundet: Aktuelle Plattformen zählen ganze Tage (1–7), ältere akzeptieren weniger als 24 Stunden.</translation>
    </message>
    <message>
        <source>Tenant polling of %1: older Qualys platforms accept only under 24 hours and may refuse it.</source>
        <translation>Abfrageintervall des Mandanten %1: Ältere Qualys-Plattformen akzeptieren nur weniger als 24 Stunden und lehnen es möglicherweise ab.</translation>
    </message>
    <message>
        <source>The cloud perimeter scan is not part of the tenant connector API; set it on the Qualys portal.</source>
        <translation>Der Cloud-Perimeterscan ist nicht Teil der Mandanten-Connector-API; legen Sie ihn im Qualys-Portal fest.</translation>
    </message>
</context>
<context>
    <name>atc::QualysMemberConnector</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>atc::QualysMemberTableModel</name>
    <message>
        <source>(id %1)</source>
        <translation>(ID %1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>On the platform: %1</source>
        <translation>Auf der Plattform: %1</translation>
    </message>
    <message>
        <source>Subscription connector</source>
        <translation>Abonnement-Connector</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
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
        <source>Modules</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>atc::QualysPanel</name>
    <message>
        <source>&amp;Push Changes</source>
        <translation>Änderungen &amp;übertragen</translation>
    </message>
    <message>
        <source>E&amp;nable on Qualys</source>
        <translation>Auf Qualys a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Di&amp;sable on Qualys</source>
        <translation>Auf Qualys &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Rotate Azure &amp;Key…</source>
        <translation>Azure-&amp;Schlüssel rotieren…</translation>
    </message>
    <message>
        <source>Enable &amp;Member</source>
        <translation>&amp;Mitglied aktivieren</translation>
    </message>
    <message>
        <source>Disable M&amp;ember</source>
        <translation>Mitglied deakt&amp;ivieren</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Qualys-Konto</translation>
    </message>
    <message>
        <source>Qualys progress</source>
        <translation>Qualys-Fortschritt</translation>
    </message>
    <message>
        <source>Subscription connectors on Qualys</source>
        <translation>Abonnement-Connectors auf Qualys</translation>
    </message>
    <message>
        <source>Qualys &amp;account:</source>
        <translation>Qualys-K&amp;onto:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Tenant connector:</source>
        <translation>Mandanten-Connector:</translation>
    </message>
    <message>
        <source>Last pushed:</source>
        <translation>Zuletzt übertragen:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Zuletzt synchronisiert:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Fügen Sie unter Einstellungen ▸ Qualys-Konten ein Qualys-Konto hinzu.</translation>
    </message>
    <message>
        <source>Not on Qualys %1</source>
        <translation>Nicht auf Qualys %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Created, but the answer was lost: Push Changes looks it up before creating anything</source>
        <translation>Erstellt, aber die Antwort ging verloren: „Änderungen übertragen“ sucht ihn, bevor etwas erstellt wird</translation>
    </message>
    <message>
        <source>Created; the platform gave no id</source>
        <translation>Erstellt; die Plattform hat keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Disabled on Qualys</source>
        <translation>Auf Qualys deaktiviert</translation>
    </message>
    <message>
        <source>Enabled on Qualys</source>
        <translation>Auf Qualys aktiviert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>unknown: this platform does not describe tenant connectors; see the members below</source>
        <translation>unbekannt: Diese Plattform beschreibt keine Mandanten-Connectors; siehe die Mitglieder unten</translation>
    </message>
    <message>
        <source>Cancelled. What the platform already did stays done.</source>
        <translation>Abgebrochen. Was die Plattform bereits ausgeführt hat, bleibt bestehen.</translation>
    </message>
    <message>
        <source>Reading the state on Qualys…</source>
        <translation>Der Status auf Qualys wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the state on Qualys… %n member(s) so far</source>
        <translation>
            <numerusform>Der Status auf Qualys wird gelesen… bisher %n Mitglied</numerusform>
            <numerusform>Der Status auf Qualys wird gelesen… bisher %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>The state on Qualys could not be read: %1</source>
        <translation>Der Status auf Qualys konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the authentication key…</source>
        <translation>Der Authentifizierungsschlüssel wird gelesen…</translation>
    </message>
    <message>
        <source>Pushing to Qualys %1…</source>
        <translation>Übertragung an Qualys %1…</translation>
    </message>
    <message>
        <source>The Qualys id could not be saved in the profile: %1</source>
        <translation>Die Qualys-ID konnte nicht im Profil gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Pushing to Qualys %1 failed; the connector on this computer is unchanged.</source>
        <translation>Die Übertragung an Qualys %1 ist fehlgeschlagen; der Connector auf diesem Computer ist unverändert.</translation>
    </message>
    <message>
        <source>Created on Qualys %1: tenant connector id %2.</source>
        <translation>Auf Qualys %1 erstellt: Mandanten-Connector-ID %2.</translation>
    </message>
    <message>
        <source>Updated on Qualys %1: tenant connector id %2.</source>
        <translation>Auf Qualys %1 aktualisiert: Mandanten-Connector-ID %2.</translation>
    </message>
    <message>
        <source>Created on Qualys %1; the platform gave no id.</source>
        <translation>Auf Qualys %1 erstellt; die Plattform hat keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Enabling on Qualys…</source>
        <translation>Wird auf Qualys aktiviert…</translation>
    </message>
    <message>
        <source>Disabling on Qualys…</source>
        <translation>Wird auf Qualys deaktiviert…</translation>
    </message>
    <message>
        <source>Tenant connector %1 enabled on Qualys.</source>
        <translation>Mandanten-Connector %1 auf Qualys aktiviert.</translation>
    </message>
    <message>
        <source>Tenant connector %1 disabled on Qualys.</source>
        <translation>Mandanten-Connector %1 auf Qualys deaktiviert.</translation>
    </message>
    <message>
        <source>Starting member connector %1…</source>
        <translation>Mitglieds-Connector %1 wird gestartet…</translation>
    </message>
    <message>
        <source>Enabling member connector %1…</source>
        <translation>Mitglieds-Connector %1 wird aktiviert…</translation>
    </message>
    <message>
        <source>Disabling member connector %1…</source>
        <translation>Mitglieds-Connector %1 wird deaktiviert…</translation>
    </message>
    <message>
        <source>Member connector %1 queued to run.</source>
        <translation>Mitglieds-Connector %1 zur Ausführung eingereiht.</translation>
    </message>
    <message>
        <source>Member connector %1 enabled.</source>
        <translation>Mitglieds-Connector %1 aktiviert.</translation>
    </message>
    <message>
        <source>Member connector %1 disabled.</source>
        <translation>Mitglieds-Connector %1 deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>R&amp;un Member</source>
        <translation>Mitglied a&amp;usführen</translation>
    </message>
    <message>
        <source>Create &amp;on Qualys</source>
        <translation>Auf Qualys &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>atc::QualysPlatform</name>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>No Qualys platform is chosen.</source>
        <translation>Es ist keine Qualys-Plattform ausgewählt.</translation>
    </message>
    <message>
        <source>The Qualys gateway URL</source>
        <translation>Die Qualys-Gateway-URL</translation>
    </message>
    <message>
        <source>The Qualys API server URL</source>
        <translation>Die Qualys-API-Server-URL</translation>
    </message>
    <message>
        <source>%1 is missing or not a URL.</source>
        <translation>%1 fehlt oder ist keine URL.</translation>
    </message>
    <message>
        <source>%1 is not usable: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 must not hold a user name or password.</source>
        <translation>%1 darf keinen Benutzernamen und kein Kennwort enthalten.</translation>
    </message>
    <message>
        <source>%1 must not have a query or fragment.</source>
        <translation>%1 darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>%1 must be a server address only (such as https://gateway.qg2.apps.qualys.com), without a path.</source>
        <translation>%1 darf nur eine Serveradresse sein (etwa https://gateway.qg2.apps.qualys.com), ohne Pfad.</translation>
    </message>
</context>
<context>
    <name>atc::QualysSession</name>
    <message>
        <source>the search reported more records but its next page brought nothing new</source>
        <translation>die Suche meldete weitere Datensätze, aber ihre nächste Seite brachte nichts Neues</translation>
    </message>
    <message>
        <source>the search has more than %1 pages; stopped</source>
        <translation>die Suche hat mehr als %1 Seiten; abgebrochen</translation>
    </message>
    <message>
        <source>the client ID and the client secret are required</source>
        <translation>Client-ID und geheimer Clientschlüssel sind erforderlich</translation>
    </message>
    <message>
        <source>the Qualys user name and password are required</source>
        <translation>Qualys-Benutzername und Kennwort sind erforderlich</translation>
    </message>
</context>
<context>
    <name>atc::QualysTagCatalog</name>
    <message>
        <source>a tag needs a name</source>
        <translation>ein Tag benötigt einen Namen</translation>
    </message>
</context>
<context>
    <name>atc::ResourceDiscovery</name>
    <message>
        <source>the continuation token ($skipToken) repeats an earlier one; the listing would never end</source>
        <translation>das Fortsetzungstoken ($skipToken) wiederholt ein früheres; die Auflistung würde nie enden</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages; stopped</source>
        <translation>die Auflistung hat mehr als %1 Seiten; abgebrochen</translation>
    </message>
</context>
<context>
    <name>atc::ResourceTypeNames</name>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Virtual machine scale set</source>
        <translation>VM-Skalierungsgruppe</translation>
    </message>
    <message>
        <source>Managed disk</source>
        <translation>Verwalteter Datenträger</translation>
    </message>
    <message>
        <source>Disk snapshot</source>
        <translation>Datenträger-Momentaufnahme</translation>
    </message>
    <message>
        <source>VM image</source>
        <translation>VM-Image</translation>
    </message>
    <message>
        <source>Availability set</source>
        <translation>Verfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Öffentliche IP-Adresse</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Virtuelles Netzwerk</translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation>Netzwerksicherheitsgruppe</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Lastenausgleich</translation>
    </message>
    <message>
        <source>Application gateway</source>
        <translation>Application Gateway</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Azure Firewall</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>Routingtabelle</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Privater Endpunkt</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>DNS-Zone</translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation>Private DNS-Zone</translation>
    </message>
    <message>
        <source>Virtual network gateway</source>
        <translation>Gateway für virtuelle Netzwerke</translation>
    </message>
    <message>
        <source>Bastion host</source>
        <translation>Bastionhost</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Speicherkonto</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Schlüsseltresor</translation>
    </message>
    <message>
        <source>SQL server</source>
        <translation>SQL-Server</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>SQL-Datenbank</translation>
    </message>
    <message>
        <source>SQL managed instance</source>
        <translation>Verwaltete SQL-Instanz</translation>
    </message>
    <message>
        <source>PostgreSQL flexible server</source>
        <translation>Flexibler PostgreSQL-Server</translation>
    </message>
    <message>
        <source>MySQL flexible server</source>
        <translation>Flexibler MySQL-Server</translation>
    </message>
    <message>
        <source>Cosmos DB account</source>
        <translation>Cosmos DB-Konto</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Web-App</translation>
    </message>
    <message>
        <source>App Service plan</source>
        <translation>App Service-Plan</translation>
    </message>
    <message>
        <source>Kubernetes cluster (AKS)</source>
        <translation>Kubernetes-Cluster (AKS)</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Containerregistrierung</translation>
    </message>
    <message>
        <source>Container instance</source>
        <translation>Containerinstanz</translation>
    </message>
    <message>
        <source>Container app</source>
        <translation>Container-App</translation>
    </message>
    <message>
        <source>Redis cache</source>
        <translation>Redis-Cache</translation>
    </message>
    <message>
        <source>Service Bus namespace</source>
        <translation>Service Bus-Namespace</translation>
    </message>
    <message>
        <source>Event Hubs namespace</source>
        <translation>Event Hubs-Namespace</translation>
    </message>
    <message>
        <source>Logic app</source>
        <translation>Logik-App</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Log Analytics-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Application Insights</source>
        <translation>Application Insights</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Verwaltete Identität</translation>
    </message>
    <message>
        <source>Automation account</source>
        <translation>Automation-Konto</translation>
    </message>
    <message>
        <source>Recovery Services vault</source>
        <translation>Recovery Services-Tresor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>atc::RotateKeyDialog</name>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Rotate Azure Key</source>
        <translation>Azure-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain</source>
        <translation>Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>Qualys %1 (connector %2)</source>
        <translation>Qualys %1 (Connector %2)</translation>
    </message>
    <message>
        <source>Qualys %1: skipped, no account on this computer</source>
        <translation>Qualys %1: übersprungen, kein Konto auf diesem Computer</translation>
    </message>
    <message>
        <source>• &quot;%1&quot;: %2</source>
        <translation>• „%1“: %2</translation>
    </message>
    <message>
        <source>App registration %1 in directory %2. The new key goes to:</source>
        <translation>App-Registrierung %1 im Verzeichnis %2. Der neue Schlüssel wird gespeichert in:</translation>
    </message>
    <message>
        <source>New authentication key</source>
        <translation>Neuer Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <source>the new client secret&apos;s value</source>
        <translation>der Wert des neuen geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>Outcome of each step</source>
        <translation>Ergebnis jedes Schritts</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Neuer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Create the new secret in Azure first and keep the old one until every step below succeeded.</source>
        <translation>Erstellen Sie zuerst den neuen geheimen Schlüssel in Azure, und behalten Sie den alten, bis jeder Schritt unten erfolgreich war.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in to the Qualys platforms…</source>
        <translation>Anmeldung bei den Qualys-Plattformen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on Qualys %2: no account on this computer; push it again after adding one.</source>
        <translation>„%1“ auf Qualys %2: kein Konto auf diesem Computer; übertragen Sie es erneut, nachdem Sie eines hinzugefügt haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on Qualys %2: %3</source>
        <translation>„%1“ auf Qualys %2: %3</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Qualys %1</source>
        <translation>Qualys %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>„%1“, %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2: %3</source>
        <translation>„%1“, %2: %3</translation>
    </message>
    <message>
        <source>The key was rotated everywhere listed.</source>
        <translation>Der Schlüssel wurde überall dort rotiert, wo aufgelistet.</translation>
    </message>
    <message>
        <source>Some steps failed (listed). Keep the old key in Azure until they are done, then retry.</source>
        <translation>Einige Schritte sind fehlgeschlagen (aufgelistet). Behalten Sie den alten Schlüssel in Azure, bis sie erledigt sind, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>atc::RunHistoryView</name>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assets created / updated / removed</source>
        <translation>Assets erstellt / aktualisiert / entfernt</translation>
    </message>
    <message>
        <source>Connectors created / disabled</source>
        <translation>Connectors erstellt / deaktiviert</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Ausführungsverlauf</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>C&amp;opy Details</source>
        <translation>Details k&amp;opieren</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Details of the selected run</source>
        <translation>Details der ausgewählten Ausführung</translation>
    </message>
    <message>
        <source>Copy the selected run&apos;s details as plain text, for a ticket or an e-mail.</source>
        <translation>Kopiert die Details der ausgewählten Ausführung als reinen Text, etwa für ein Ticket oder eine E-Mail.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>atc::RunLock</name>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>der Ordner liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>the folder does not exist and cannot be created</source>
        <translation>der Ordner ist nicht vorhanden und kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder is read-only for this user</source>
        <translation>der Ordner ist für diesen Benutzer schreibgeschützt</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: %2. No run was started. Make the folder writable, or choose another data folder in the settings.</source>
        <translation>Die Sperrdatei kann in %1 nicht erstellt werden: %2. Es wurde keine Ausführung gestartet. Machen Sie den Ordner beschreibbar, oder wählen Sie in den Einstellungen einen anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>atc::RunProgress</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Discovering the tenant…</source>
        <translation>Der Mandant wird ermittelt…</translation>
    </message>
    <message>
        <source>Updating the subscription connectors…</source>
        <translation>Die Abonnement-Connectors werden aktualisiert…</translation>
    </message>
    <message>
        <source>Reading resources: %1 of %2 subscriptions, %3 of ~%4 resources written</source>
        <translation>Ressourcen werden gelesen: %1 von %2 Abonnements, %3 von ~%4 Ressourcen geschrieben</translation>
    </message>
    <message>
        <source>Reading resources: %1 of %2 subscriptions, %3 resources written</source>
        <translation>Ressourcen werden gelesen: %1 von %2 Abonnements, %3 Ressourcen geschrieben</translation>
    </message>
    <message>
        <source>Saving the connectors&apos; states…</source>
        <translation>Der Status der Connectors wird gespeichert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>atc::RunSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot;</source>
        <translation>Ausführung %1 von „%2“</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Subscriptions read: %1, failed: %2</source>
        <translation>Abonnements gelesen: %1, fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Assets: %1 created, %2 updated, %3 removed, %4 unchanged</source>
        <translation>Assets: %1 erstellt, %2 aktualisiert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>Connectors: %1 created, %2 disabled, %3 flagged, %4 re-attached</source>
        <translation>Connectors: %1 erstellt, %2 deaktiviert, %3 markiert, %4 wieder verbunden</translation>
    </message>
    <message>
        <source>, %1 kept</source>
        <translation>, %1 beibehalten</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>re-attached</source>
        <translation>wieder verbunden</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>flagged, not run</source>
        <translation>markiert, nicht ausgeführt</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Fehlercodes: %1</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>Fehler: keine</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
</context>
<context>
    <name>atc::SandboxHost</name>
    <message>
        <source>The built-in sandbox tenant could not start in this process, so &quot;%1&quot; does not run: %2</source>
        <translation>Der integrierte Sandbox-Mandant konnte in diesem Prozess nicht gestartet werden, daher wird „%1“ nicht ausgeführt: %2</translation>
    </message>
</context>
<context>
    <name>atc::SandboxProfiles</name>
    <message>
        <source>Contoso sandbox</source>
        <translation>Contoso-Sandbox</translation>
    </message>
    <message>
        <source>Contoso sandbox %1</source>
        <translation>Contoso-Sandbox %1</translation>
    </message>
    <message>
        <source>The built-in emulated tenant: try the application without Azure.</source>
        <translation>Der integrierte emulierte Mandant: Probieren Sie die Anwendung ohne Azure aus.</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Every asset of the sandbox tenant.</source>
        <translation>Jedes Asset des Sandbox-Mandanten.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Resources tagged env = prod in Azure.</source>
        <translation>Ressourcen mit dem Azure-Tag env = prod.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Resources tagged env = dev in Azure.</source>
        <translation>Ressourcen mit dem Azure-Tag env = dev.</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>Public IP addresses and web apps.</source>
        <translation>Öffentliche IP-Adressen und Web-Apps.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (Sandbox)</translation>
    </message>
</context>
<context>
    <name>atc::SecretCallGuard</name>
    <message>
        <source>The keychain request was cancelled because the application is closing the keychain connection. Try again.</source>
        <translation>Die Schlüsselbundanfrage wurde abgebrochen, weil die Anwendung die Verbindung zum Schlüsselbund schließt. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>atc::SecretResolver</name>
    <message>
        <source>The stored authentication key is not available.</source>
        <translation>Der gespeicherte Authentifizierungsschlüssel ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The stored authentication key is not available: %1</source>
        <translation>Der gespeicherte Authentifizierungsschlüssel ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>You can also set AZURE_CLIENT_SECRET (never an argument).</source>
        <translation>Sie können auch AZURE_CLIENT_SECRET setzen (nie als Argument).</translation>
    </message>
</context>
<context>
    <name>atc::SecretStore</name>
    <message>
        <source>No authentication key is stored for this connector. Enter the key again.</source>
        <translation>Für diesen Connector ist kein Authentifizierungsschlüssel gespeichert. Geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (for example the login keyring of GNOME Keyring or KWallet) and allow this application, then try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Entsperren Sie Ihren Schlüsselbund (zum Beispiel den Anmeldeschlüsselbund von GNOME Keyring oder KWallet), erlauben Sie diese Anwendung, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbunddienst verfügbar. Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that the keyring is unlocked and no password prompt is waiting, then try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet. Prüfen Sie, ob der Schlüsselbund entsperrt ist und keine Kennwortabfrage wartet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keyring service.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut; wenn der Fehler bestehen bleibt, starten Sie den Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Unlock your keyring: the authentication key is stored, but in a locked keyring (for example the login keyring of GNOME Keyring or KWallet). Unlock it, then try again; the key does not need to be entered again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund: Der Authentifizierungsschlüssel ist gespeichert, aber in einem gesperrten Schlüsselbund (zum Beispiel dem Anmeldeschlüsselbund von GNOME Keyring oder KWallet). Entsperren Sie ihn, und versuchen Sie es dann erneut; der Schlüssel muss nicht erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>atc::SettingsDialog</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxybenutzer</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxykennwort</translation>
    </message>
    <message>
        <source>Custom CA file</source>
        <translation>Eigene CA-Datei</translation>
    </message>
    <message>
        <source>Requests in parallel</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Anfrage-Timeout</translation>
    </message>
    <message>
        <source>&amp;PC agent enabled</source>
        <translation>&amp;PC-Agent aktiviert</translation>
    </message>
    <message>
        <source>PC agent enabled</source>
        <translation>PC-Agent aktiviert</translation>
    </message>
    <message>
        <source>Compliance &amp;Manager enabled</source>
        <translation>Compliance &amp;Manager aktiviert</translation>
    </message>
    <message>
        <source>Compliance Manager enabled</source>
        <translation>Compliance Manager aktiviert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Proxyeinstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>nur Systemzertifikate</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Custom &amp;CA file (PEM):</source>
        <translation>Eigene &amp;CA-Datei (PEM):</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Anfrage-&amp;Timeout:</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Policy Compliance can be activated when both are enabled.</source>
        <translation>Die Richtlinienkonformität kann aktiviert werden, wenn beide aktiviert sind.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose another proxy setting.</source>
        <translation>Geben Sie den Proxyhost ein, oder wählen Sie eine andere Proxyeinstellung.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces.</source>
        <translation>Der Proxyhost darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Die CA-Datei %1 ist nicht vorhanden oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path.</source>
        <translation>Der Datenordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file.</source>
        <translation>Der Datenordner %1 ist eine Datei.</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain.</source>
        <translation>Das Proxykennwort konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Qualys accounts</source>
        <translation>&amp;Qualys-Konten</translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed</source>
        <translation>Im &amp;Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Keep running in the notification area</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Requests &amp;in parallel:</source>
        <translation>Pa&amp;rallele Anfragen:</translation>
    </message>
    <message>
        <source>Scheduled runs go on while the window is closed; a run that ends with errors shows a notification. Quit from the icon&apos;s menu or File › Quit.</source>
        <translation>Geplante Ausführungen laufen weiter, während das Fenster geschlossen ist; eine Ausführung, die mit Fehlern endet, zeigt eine Benachrichtigung an. Beenden Sie die Anwendung über das Menü des Symbols oder mit Datei › Beenden.</translation>
    </message>
    <message>
        <source>This desktop has no notification area: closing the window quits.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Schließen des Fensters beendet die Anwendung.</translation>
    </message>
    <message>
        <source>Changes apply to the next run; the language and the data folder apply the next time the application starts.</source>
        <translation>Änderungen gelten ab der nächsten Ausführung; Sprache und Datenordner gelten ab dem nächsten Start der Anwendung.</translation>
    </message>
</context>
<context>
    <name>atc::SubscriptionDetailsPage</name>
    <message>
        <source>Subscription Details</source>
        <translation>Abonnementdetails</translation>
    </message>
    <message>
        <source>Every subscription in scope gets its own connector. Choose how often they are polled and how they are named.</source>
        <translation>Jedes Abonnement im Bereich erhält einen eigenen Connector. Wählen Sie, wie oft sie abgefragt und wie sie benannt werden.</translation>
    </message>
    <message>
        <source>Subscription polling frequency in hours</source>
        <translation>Abfragehäufigkeit der Abonnements in Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Präfix für Connectornamen</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>z. B. Contoso</translation>
    </message>
    <message>
        <source>Subscription &amp;polling frequency:</source>
        <translation>Abfrage&amp;häufigkeit der Abonnements:</translation>
    </message>
    <message>
        <source>Connector name p&amp;refix:</source>
        <translation>&amp;Präfix für Connectornamen:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; at most %1 characters. When two subscriptions would get the same name, the later one gets &quot; (2)&quot;, &quot; (3)&quot; and so on.</source>
        <translation>Buchstaben, Ziffern, Leerzeichen, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;; höchstens %1 Zeichen. Würden zwei Abonnements denselben Namen erhalten, bekommt das spätere „ (2)“, „ (3)“ usw.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; → connector &quot;%2&quot;</source>
        <translation>Abonnement „%1“ → Connector „%2“</translation>
    </message>
    <message>
        <source>any whole number of hours under 24; the default is 4</source>
        <translation>eine beliebige ganze Zahl von Stunden unter 24; Standard ist 4</translation>
    </message>
</context>
<context>
    <name>atc::TagManagerDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Tag Catalogue</source>
        <translation>Tag-Katalog</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Tagname</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Tagfarbe</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Übergeordnetes Tag</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Tagbeschreibung</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Neues Tag…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordnet:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>(none: top level)</source>
        <translation>(keins: oberste Ebene)</translation>
    </message>
    <message>
        <source>Enter a name for the tag.</source>
        <translation>Geben Sie einen Namen für das Tag ein.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; exists already.</source>
        <translation>Ein Tag namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Enter the colour as #rrggbb.</source>
        <translation>Geben Sie die Farbe als #rrggbb ein.</translation>
    </message>
    <message>
        <source>The tag catalogue could not be saved: %1</source>
        <translation>Der Tag-Katalog konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tag gespeichert.</translation>
    </message>
    <message>
        <source>asset tags of &quot;%1&quot;</source>
        <translation>den Asset-Tags von „%1“</translation>
    </message>
    <message>
        <source>a tag rule of &quot;%1&quot;</source>
        <translation>einer Tag-Regel von „%1“</translation>
    </message>
    <message>
        <source>connector tags of &quot;%1&quot;</source>
        <translation>den Connector-Tags von „%1“</translation>
    </message>
    <message>
        <source>This tag is used by %1. Remove it there first (Edit the connector), then delete it.</source>
        <translation>Dieses Tag wird in %1 verwendet. Entfernen Sie es zuerst dort (Connector bearbeiten), und löschen Sie es dann.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Tag gelöscht.</translation>
    </message>
</context>
<context>
    <name>atc::TagsActivationPage</name>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>Azure tag</source>
        <translation>Azure-Tag</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>matches regular expression</source>
        <translation>entspricht dem regulären Ausdruck</translation>
    </message>
    <message>
        <source>Tags and Activation</source>
        <translation>Tags und Aktivierung</translation>
    </message>
    <message>
        <source>Choose what is activated on the discovered assets and how they are tagged.</source>
        <translation>Wählen Sie, was für die ermittelten Assets aktiviert wird und wie sie getaggt werden.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Automatically activate all assets for &amp;VM Scanning</source>
        <translation>Alle Assets automatisch für den &amp;VM-Scan aktivieren</translation>
    </message>
    <message>
        <source>Enable Cloud &amp;Perimeter Scan</source>
        <translation>Cloud-&amp;Perimeterscan aktivieren</translation>
    </message>
    <message>
        <source>Use the &amp;global scan configuration</source>
        <translation>&amp;Globale Scankonfiguration verwenden</translation>
    </message>
    <message>
        <source>C&amp;ustom schedule</source>
        <translation>Ben&amp;utzerdefinierter Zeitplan</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>(choose a time zone)</source>
        <translation>(Zeitzone wählen)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>S&amp;tartzeit:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Ze&amp;itzone:</translation>
    </message>
    <message>
        <source>Activate P&amp;olicy Compliance</source>
        <translation>&amp;Richtlinienkonformität aktivieren</translation>
    </message>
    <message>
        <source>Activate &amp;SCA (Security Configuration Assessment)</source>
        <translation>&amp;SCA (Security Configuration Assessment) aktivieren</translation>
    </message>
    <message>
        <source>Policy Compliance and SCA cannot both be on: turning one on turns the other off.</source>
        <translation>Richtlinienkonformität und SCA können nicht gleichzeitig aktiv sein: Wird eine Option aktiviert, wird die andere deaktiviert.</translation>
    </message>
    <message>
        <source>Activate C&amp;ertView</source>
        <translation>C&amp;ertView aktivieren</translation>
    </message>
    <message>
        <source>Select Asset Tags</source>
        <translation>Asset-Tags auswählen</translation>
    </message>
    <message>
        <source>Asset tags</source>
        <translation>Asset-Tags</translation>
    </message>
    <message>
        <source>Tag rules from Azure metadata</source>
        <translation>Tag-Regeln aus Azure-Metadaten</translation>
    </message>
    <message>
        <source>Rule field</source>
        <translation>Regelfeld</translation>
    </message>
    <message>
        <source>Azure tag key</source>
        <translation>Azure-Tagschlüssel</translation>
    </message>
    <message>
        <source>Rule operator</source>
        <translation>Regeloperator</translation>
    </message>
    <message>
        <source>Rule value</source>
        <translation>Regelwert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tag to apply</source>
        <translation>Anzuwendendes Tag</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Regel ent&amp;fernen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag rules</source>
        <translation>Tag-Regeln</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Fa&amp;lls</translation>
    </message>
    <message>
        <source>appl&amp;y</source>
        <translation>&amp;anwenden</translation>
    </message>
    <message>
        <source>Evaluates the assets against your compliance policies.</source>
        <translation>Bewertet die Assets anhand Ihrer Compliancerichtlinien.</translation>
    </message>
    <message>
        <source>Not available: Policy Compliance needs the PC agent and Compliance Manager, which are not enabled in the application settings.</source>
        <translation>Nicht verfügbar: Die Richtlinienkonformität erfordert den PC-Agenten und Compliance Manager, die in den Anwendungseinstellungen nicht aktiviert sind.</translation>
    </message>
    <message>
        <source>Applied to every discovered asset. We recommend one generic tag such as &quot;Azure&quot;.</source>
        <translation>Wird auf jedes ermittelte Asset angewendet. Wir empfehlen ein allgemeines Tag wie „Azure“.</translation>
    </message>
    <message>
        <source>C&amp;reate tag…</source>
        <translation>&amp;Neues Tag…</translation>
    </message>
    <message>
        <source>Adds a tag to the catalogue and selects it as an asset tag.</source>
        <translation>Fügt dem Katalog ein Tag hinzu und wählt es als Asset-Tag aus.</translation>
    </message>
</context>
<context>
    <name>atc::TenantConnectorPush</name>
    <message>
        <source>Looking for &quot;%1&quot; on Qualys…</source>
        <translation>„%1“ wird auf Qualys gesucht…</translation>
    </message>
    <message>
        <source>Updating tenant connector %1 on Qualys…</source>
        <translation>Mandanten-Connector %1 wird auf Qualys aktualisiert…</translation>
    </message>
    <message>
        <source>Creating the tenant connector on Qualys…</source>
        <translation>Der Mandanten-Connector wird auf Qualys erstellt…</translation>
    </message>
    <message>
        <source>Qualys created the tenant connector but did not say its id; the next push looks it up by name first.</source>
        <translation>Qualys hat den Mandanten-Connector erstellt, aber seine ID nicht mitgeteilt; die nächste Übertragung sucht ihn zuerst anhand des Namens.</translation>
    </message>
    <message>
        <source>the connector&apos;s Azure authentication key is needed (Qualys stores it)</source>
        <translation>der Azure-Authentifizierungsschlüssel des Connectors wird benötigt (Qualys speichert ihn)</translation>
    </message>
    <message>
        <source>Signing in to Qualys %1…</source>
        <translation>Anmeldung bei Qualys %1…</translation>
    </message>
    <message>
        <source>An earlier create may have succeeded, and this platform offers no list to check. Look for &quot;%1&quot; in the Qualys portal; if it is not there, push again choosing to create it anew.</source>
        <translation>Eine frühere Erstellung war möglicherweise erfolgreich, und diese Plattform bietet keine Liste zur Prüfung. Suchen Sie „%1“ im Qualys-Portal; ist er dort nicht vorhanden, übertragen Sie erneut und wählen Sie, ihn neu zu erstellen.</translation>
    </message>
</context>
<context>
    <name>atc::TenantConnectorStatusChange</name>
    <message>
        <source>no tenant connector id is recorded for this platform</source>
        <translation>für diese Plattform ist keine Mandanten-Connector-ID erfasst</translation>
    </message>
    <message>
        <source>Qualys left out tenant connector(s) %1 of its answer.</source>
        <translation>Qualys hat den/die Mandanten-Connector(s) %1 in seiner Antwort ausgelassen.</translation>
    </message>
</context>
<context>
    <name>atc::TenantDetailsPage</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Benutzerdefinierte Endpunkte</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Tenant Details</source>
        <translation>Mandantendetails</translation>
    </message>
    <message>
        <source>Enter the app registration that reads your tenant, then test the connection.</source>
        <translation>Geben Sie die App-Registrierung ein, die Ihren Mandanten liest, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>E&amp;rweitert</translation>
    </message>
    <message>
        <source>Advanced: other clouds and custom endpoints</source>
        <translation>Erweitert: andere Clouds und benutzerdefinierte Endpunkte</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in (authority) URL</source>
        <translation>Anmelde-URL (Autorität)</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>Resource Manager-URL</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust in addition to the system</source>
        <translation>Optional: eine PEM-Datei, der zusätzlich zum System vertraut wird</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>&amp;Anmelde-URL:</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation>Resource Mana&amp;ger-URL:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>CA-Zerti&amp;fikat:</translation>
    </message>
    <message>
        <source>Tenant polling frequency in hours</source>
        <translation>Abfragehäufigkeit des Mandanten in Stunden</translation>
    </message>
    <message>
        <source>Tenant Name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>z. B. Contoso</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Directory ID</source>
        <translation>Verzeichnis-ID</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the authentication key</source>
        <translation>Authentifizierungsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to create the app registration and its roles&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;How to create the authentication key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;So erstellen Sie die App-Registrierung und ihre Rollen&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;So erstellen Sie den Authentifizierungsschlüssel&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Kontotyp:</translation>
    </message>
    <message>
        <source>Tenant &amp;polling frequency:</source>
        <translation>Abfrage&amp;häufigkeit des Mandanten:</translation>
    </message>
    <message>
        <source>T&amp;enant Name:</source>
        <translation>&amp;Mandantenname:</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Anwendungs-&amp;ID (Client):</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>&amp;Verzeichnis-ID (Mandant):</translation>
    </message>
    <message>
        <source>Authentication &amp;Key:</source>
        <translation>Authentifizierungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>C&amp;ancel Test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox tenant</source>
        <translation>Sandbo&amp;x-Mandanten verwenden</translation>
    </message>
    <message>
        <source>Fill in the built-in emulated tenant, to try the wizard without Azure.</source>
        <translation>Trägt den integrierten emulierten Mandanten ein, um den Assistenten ohne Azure auszuprobieren.</translation>
    </message>
    <message>
        <source>Test Connection steps</source>
        <translation>Schritte von „Verbindung testen“</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the authentication key</source>
        <translation>Authentifizierungsschlüssel ausblenden</translation>
    </message>
    <message>
        <source>%1 (chosen under Advanced)</source>
        <translation>%1 (unter „Erweitert“ ausgewählt)</translation>
    </message>
    <message>
        <source>The Value of the client secret</source>
        <translation>Der Wert des geheimen Clientschlüssels</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n management group(s)</source>
        <translation>
            <numerusform>Die Verbindung funktioniert: %n Verwaltungsgruppe</numerusform>
            <numerusform>Die Verbindung funktioniert: %n Verwaltungsgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n subscription(s) found. Choose Next to continue.</source>
        <translation>
            <numerusform> und %n Abonnement gefunden. Wählen Sie „Weiter“, um fortzufahren.</numerusform>
            <numerusform> und %n Abonnements gefunden. Wählen Sie „Weiter“, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test was cancelled. Run Test Connection again to continue.</source>
        <translation>Der Test wurde abgebrochen. Führen Sie „Verbindung testen“ erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>The test failed: %1 %2</source>
        <translation>Der Test ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>The test did not finish. Run Test Connection again to continue.</source>
        <translation>Der Test wurde nicht abgeschlossen. Führen Sie „Verbindung testen“ erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Run Test Connection to continue: Next is enabled after a successful test.</source>
        <translation>Führen Sie „Verbindung testen“ aus, um fortzufahren: „Weiter“ wird nach einem erfolgreichen Test aktiviert.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started.</source>
        <translation>Der Sandbox-Mandant konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Read the stored authentication key</source>
        <translation>Gespeicherten Authentifizierungsschlüssel lesen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The credentials and endpoints are those saved: no new test is needed to continue. Test Connection checks them again.</source>
        <translation>Die Anmeldeinformationen und Endpunkte sind die gespeicherten: Zum Fortfahren ist kein neuer Test nötig. „Verbindung testen“ prüft sie erneut.</translation>
    </message>
</context>
<context>
    <name>atc::TenantDiscovery</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Reading subscriptions…</source>
        <translation>Abonnements werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the management-group hierarchy…</source>
        <translation>Die Verwaltungsgruppenhierarchie wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the readable management groups…</source>
        <translation>Die lesbaren Verwaltungsgruppen werden gelesen…</translation>
    </message>
</context>
<context>
    <name>atc::TrayController</name>
    <message>
        <source>&amp;Show Azure Tenant Connector</source>
        <translation>Azure Tenant Connector &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Run All Now</source>
        <translation>Alle jetzt a&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; failed</source>
        <translation>Ausführung von „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; ended with errors</source>
        <translation>Ausführung von „%1“ mit Fehlern beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s): see Run history.</source>
        <translation>
            <numerusform>%n weiterer Fehler: siehe Ausführungsverlauf.</numerusform>
            <numerusform>%n weitere Fehler: siehe Ausführungsverlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>See Run history for what went wrong.</source>
        <translation>Was schiefgelaufen ist, steht im Ausführungsverlauf.</translation>
    </message>
    <message>
        <source>Azure Tenant Connector</source>
        <translation>Azure Tenant Connector</translation>
    </message>
</context>
<context>
    <name>atc::cli::Azure</name>
    <message>
        <source>Use the saved profile NAME (or id).</source>
        <translation>Das gespeicherte Profil NAME (oder ID) verwenden.</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (Standard), AzureUSGovernment oder AzureChinaCloud.</translation>
    </message>
    <message>
        <source>Custom Azure Resource Manager URL.</source>
        <translation>Benutzerdefinierte Azure Resource Manager-URL.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Gleichzeitig laufende Anfragen (Standard 8).</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --%1</source>
        <translation>--profile kann nicht mit --%1 kombiniert werden</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos;. See &apos;atc profiles list&apos;.</source>
        <translation>kein gespeichertes Profil namens &apos;%1&apos;. Siehe &apos;atc profiles list&apos;.</translation>
    </message>
    <message>
        <source>--authority-host and --arm-endpoint go together, without --cloud</source>
        <translation>--authority-host und --arm-endpoint gehören zusammen, ohne --cloud</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;: use AzureCloud, AzureUSGovernment or AzureChinaCloud</source>
        <translation>unbekannte Cloud &apos;%1&apos;: verwenden Sie AzureCloud, AzureUSGovernment oder AzureChinaCloud</translation>
    </message>
    <message>
        <source>--max-in-flight takes a number from 1 to 64</source>
        <translation>--max-in-flight erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>set the authentication key in the AZURE_CLIENT_SECRET environment variable (it is never taken from an argument)</source>
        <translation>legen Sie den Authentifizierungsschlüssel in der Umgebungsvariablen AZURE_CLIENT_SECRET fest (er wird nie aus einem Argument übernommen)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>[not connected]</source>
        <translation>[nicht verbunden]</translation>
    </message>
    <message>
        <source>Resources: %1 of %2 subscriptions, %3 resources</source>
        <translation>Ressourcen: %1 von %2 Abonnements, %3 Ressourcen</translation>
    </message>
    <message>
        <source>Tests a tenant&apos;s credentials and permissions step by step. The authentication key comes from AZURE_CLIENT_SECRET or, for a profile, the keychain.</source>
        <translation>Testet die Anmeldeinformationen und Berechtigungen eines Mandanten Schritt für Schritt. Der Authentifizierungsschlüssel stammt aus AZURE_CLIENT_SECRET oder, bei einem Profil, aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Also check the write permission remediation needs (default: the profile&apos;s setting).</source>
        <translation>Auch die für die Behebung nötige Schreibberechtigung prüfen (Standard: Einstellung des Profils).</translation>
    </message>
    <message>
        <source>Discovers management groups and subscriptions (and with --resources, their resources).</source>
        <translation>Ermittelt Verwaltungsgruppen und Abonnements (mit --resources auch deren Ressourcen).</translation>
    </message>
    <message>
        <source>Also list the resources of every connectable subscription.</source>
        <translation>Auch die Ressourcen jedes verbindbaren Abonnements auflisten.</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc: Warnung: %1</translation>
    </message>
    <message>
        <source>atc: warning: subscription %1: %2</source>
        <translation>atc: Warnung: Abonnement %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tenant %1: %n management group(s)</source>
        <translation>
            <numerusform>Mandant %1: %n Verwaltungsgruppe</numerusform>
            <numerusform>Mandant %1: %n Verwaltungsgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>--synthetic expects groups,subscriptions,resources[,seed]</source>
        <translation>--synthetic erwartet Gruppen,Abonnements,Ressourcen[,Startwert]</translation>
    </message>
    <message>
        <source>Runs the loopback Azure emulator until interrupted and prints its base URL (authority and ARM).</source>
        <translation>Führt den lokalen Azure-Emulator bis zur Unterbrechung aus und gibt seine Basis-URL aus (Autorität und ARM).</translation>
    </message>
    <message>
        <source>Serve the sandbox tenant &quot;Contoso&quot; (default).</source>
        <translation>Den Sandbox-Mandanten „Contoso“ bereitstellen (Standard).</translation>
    </message>
    <message>
        <source>Serve the tenant described in FILE (docs/emulator.md).</source>
        <translation>Den in FILE beschriebenen Mandanten bereitstellen (docs/emulator.md).</translation>
    </message>
    <message>
        <source>Serve a generated tenant: groups,subscriptions,resources[,seed].</source>
        <translation>Einen generierten Mandanten bereitstellen: Gruppen,Abonnements,Ressourcen[,Startwert].</translation>
    </message>
    <message>
        <source>Added latency per request.</source>
        <translation>Zusätzliche Latenz pro Anfrage.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein freier Port).</translation>
    </message>
    <message>
        <source>choose one of --sandbox, --tenant and --synthetic</source>
        <translation>wählen Sie eine der Optionen --sandbox, --tenant und --synthetic</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--latency-ms takes a number</source>
        <translation>--latency-ms erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Tenant %1 (%2)</source>
        <translation>Mandant %1 (%2)</translation>
    </message>
    <message>
        <source>Try: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 --client-id %2 --authority-host %3 --arm-endpoint %3</source>
        <translation>Ausprobieren: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 --client-id %2 --authority-host %3 --arm-endpoint %3</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox tenant in this process, tests the connection, discovers it and prints a summary.</source>
        <translation>Startet den integrierten Sandbox-Mandanten in diesem Prozess, testet die Verbindung, ermittelt den Mandanten und gibt eine Zusammenfassung aus.</translation>
    </message>
    <message>
        <source>Sandbox tenant &quot;%1&quot; (%2) served at %3</source>
        <translation>Sandbox-Mandant „%1“ (%2) wird unter %3 bereitgestellt</translation>
    </message>
    <message>
        <source>Test connection:</source>
        <translation>Verbindungstest:</translation>
    </message>
    <message>
        <source>Management groups and subscriptions:</source>
        <translation>Verwaltungsgruppen und Abonnements:</translation>
    </message>
    <message>
        <source>Resources per subscription:</source>
        <translation>Ressourcen pro Abonnement:</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, nicht verbunden</translation>
    </message>
    <message>
        <source>Most common resource types:</source>
        <translation>Häufigste Ressourcentypen:</translation>
    </message>
    <message>
        <source>Total: %1 management groups, %2 subscriptions, %3 resources, %4 public IP addresses, %5 DNS names (%6 requests).</source>
        <translation>Gesamt: %1 Verwaltungsgruppen, %2 Abonnements, %3 Ressourcen, %4 öffentliche IP-Adressen, %5 DNS-Namen (%6 Anfragen).</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>das Profil „%1“ ist ungültig: %2 Korrigieren Sie es in der Anwendung, oder korrigieren Sie seine Datei, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start.</source>
        <translation>Der Sandbox-Mandant konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Perimeter targets (public IP addresses and DNS names):</source>
        <translation>Perimeterziele (öffentliche IP-Adressen und DNS-Namen):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: a GUID or a domain (default: AZURE_TENANT_ID).</source>
        <translation>Verzeichnis-ID (Mandant): eine GUID oder eine Domäne (Standard: AZURE_TENANT_ID).</translation>
    </message>
    <message>
        <source>Application (client) ID (default: AZURE_CLIENT_ID).</source>
        <translation>Anwendungs-ID (Client) (Standard: AZURE_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Custom authority host URL, with --arm-endpoint (default: AZURE_AUTHORITY_HOST; a known cloud&apos;s host chooses that cloud).</source>
        <translation>Benutzerdefinierte URL des Autoritätshosts, mit --arm-endpoint (Standard: AZURE_AUTHORITY_HOST; der Host einer bekannten Cloud wählt diese Cloud).</translation>
    </message>
    <message>
        <source>give --profile NAME, or --tenant-id and --client-id (or set AZURE_TENANT_ID and AZURE_CLIENT_ID)</source>
        <translation>geben Sie --profile NAME oder --tenant-id und --client-id an (oder legen Sie AZURE_TENANT_ID und AZURE_CLIENT_ID fest)</translation>
    </message>
    <message>
        <source>AZURE_AUTHORITY_HOST %1 is not the authority of a known cloud: give --arm-endpoint too, or --cloud</source>
        <translation>AZURE_AUTHORITY_HOST %1 ist nicht die Autorität einer bekannten Cloud: geben Sie zusätzlich --arm-endpoint oder --cloud an</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Sandbox tenant %1, app %2; its authentication key (valid only here) is %3</source>
        <translation>Sandbox-Mandant %1, App %2; ihr Authentifizierungsschlüssel (nur hier gültig) ist %3</translation>
    </message>
    <message>
        <source>Output format: text (default), json, ndjson or csv.</source>
        <translation>Ausgabeformat: text (Standard), json, ndjson oder csv.</translation>
    </message>
    <message>
        <source>cannot write the output (standard output closed or full)</source>
        <translation>die Ausgabe kann nicht geschrieben werden (Standardausgabe geschlossen oder voll)</translation>
    </message>
    <message>
        <source>To use the desktop application: start azure-tenant-connector in a desktop session (from a source tree: scripts/run.sh) and choose &quot;Try the sandbox tenant&quot;. To serve the sandbox to other tools: atc emulator --sandbox.</source>
        <translation>Desktopanwendung verwenden: Starten Sie azure-tenant-connector in einer Desktopsitzung (aus einem Quellbaum: scripts/run.sh), und wählen Sie „Sandbox-Mandanten ausprobieren“. Sandbox für andere Tools bereitstellen: atc emulator --sandbox.</translation>
    </message>
</context>
<context>
    <name>atc::cli::Profiles</name>
    <message>
        <source>1 selected management group</source>
        <translation>1 ausgewählte Verwaltungsgruppe</translation>
    </message>
    <message>
        <source>%1 selected management groups</source>
        <translation>%1 ausgewählte Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>all management groups</source>
        <translation>alle Verwaltungsgruppen</translation>
    </message>
    <message>
        <source>all management groups, %1 excluded</source>
        <translation>alle Verwaltungsgruppen, %1 ausgeschlossen</translation>
    </message>
    <message>
        <source>atc: warning: cannot load %1: %2</source>
        <translation>atc: Warnung: %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Die Datei wurde nach %1 verschoben.</translation>
    </message>
    <message>
        <source>no profile with the id or name &quot;%1&quot;. Run &apos;atc profiles list&apos;.</source>
        <translation>kein Profil mit der ID oder dem Namen „%1“. Führen Sie &apos;atc profiles list&apos; aus.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
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
        <source>CSPM</source>
        <translation>CSPM</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Autoritätshost</translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation>Resource Manager</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Mandantenname</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>Verzeichnis-ID (Mandant)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>alle %1 Stunden</translation>
    </message>
    <message>
        <source>Tenant polling</source>
        <translation>Mandantenabfrage</translation>
    </message>
    <message>
        <source>Subscription polling</source>
        <translation>Abonnementabfrage</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Präfix für Connectornamen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Ausgewählte Gruppen</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Ausgeschlossene Gruppen</translation>
    </message>
    <message>
        <source>Create for new subscriptions</source>
        <translation>Für neue Abonnements erstellen</translation>
    </message>
    <message>
        <source>Disable for deleted subscriptions</source>
        <translation>Für gelöschte Abonnements deaktivieren</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>VM-Scan</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Cloud-Perimeterscan</translation>
    </message>
    <message>
        <source>Perimeter schedule</source>
        <translation>Perimeter-Zeitplan</translation>
    </message>
    <message>
        <source>global scan configuration</source>
        <translation>globale Scankonfiguration</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 um %2 (%3)</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Richtlinienkonformität</translation>
    </message>
    <message>
        <source>SCA</source>
        <translation>SCA</translation>
    </message>
    <message>
        <source>CertView</source>
        <translation>CertView</translation>
    </message>
    <message>
        <source>Asset tags</source>
        <translation>Asset-Tags</translation>
    </message>
    <message>
        <source>Tag rules</source>
        <translation>Tag-Regeln</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Connector-Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Authentication key</source>
        <translation>Authentifizierungsschlüssel</translation>
    </message>
    <message>
        <source>in the keychain (never shown)</source>
        <translation>im Schlüsselbund (wird nie angezeigt)</translation>
    </message>
    <message>
        <source>No saved profiles. Create one in the application, or import a profile file with &apos;atc profiles import &lt;file&gt;&apos;.</source>
        <translation>Keine gespeicherten Profile. Erstellen Sie eines in der Anwendung, oder importieren Sie eine Profildatei mit &apos;atc profiles import &lt;file&gt;&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; (%2) and its authentication key.</source>
        <translation>Profil „%1“ (%2) und sein Authentifizierungsschlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <source>atc: warning: deleted profile &quot;%1&quot;, but its authentication key could not be removed from the keychain: %2</source>
        <translation>atc: Warnung: Profil „%1“ wurde gelöscht, aber sein Authentifizierungsschlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>the profile was kept because its authentication key could not be removed from the keychain: %1 Use --force to delete the profile anyway.</source>
        <translation>das Profil wurde behalten, weil sein Authentifizierungsschlüssel nicht aus dem Schlüsselbund entfernt werden konnte: %1 Mit --force wird das Profil trotzdem gelöscht.</translation>
    </message>
    <message>
        <source>Output format of list and show: text or json.</source>
        <translation>Ausgabeformat von list und show: text oder json.</translation>
    </message>
    <message>
        <source>export: overwrite the file. delete: delete the profile even when the keychain cannot remove its key.</source>
        <translation>export: die Datei überschreiben. delete: das Profil auch dann löschen, wenn der Schlüsselbund seinen Schlüssel nicht entfernen kann.</translation>
    </message>
    <message>
        <source>missing action. Run &apos;atc profiles --help&apos;.</source>
        <translation>Aktion fehlt. Führen Sie &apos;atc profiles --help&apos; aus.</translation>
    </message>
    <message>
        <source>usage: atc profiles %1</source>
        <translation>Aufruf: atc profiles %1</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; as %2.</source>
        <translation>Profil „%1“ wurde als %2 importiert.</translation>
    </message>
    <message>
        <source>The authentication key is not part of a profile file: enter it in the application before the first run.</source>
        <translation>Der Authentifizierungsschlüssel ist nicht Teil einer Profildatei: Geben Sie ihn vor der ersten Ausführung in der Anwendung ein.</translation>
    </message>
    <message>
        <source>%1 already exists. Use --force to overwrite it.</source>
        <translation>%1 ist bereits vorhanden. Mit --force wird die Datei überschrieben.</translation>
    </message>
    <message>
        <source>Exported profile &quot;%1&quot; to %2 (without its authentication key).</source>
        <translation>Profil „%1“ wurde nach %2 exportiert (ohne seinen Authentifizierungsschlüssel).</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;. Run &apos;atc profiles --help&apos;.</source>
        <translation>unbekannte Aktion „%1“. Führen Sie &apos;atc profiles --help&apos; aus.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot; is already enabled.</source>
        <translation>Der Mandanten-Connector „%1“ ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot; is already disabled.</source>
        <translation>Der Mandanten-Connector „%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled tenant connector &quot;%1&quot; (%2): it runs on its schedule again.</source>
        <translation>Mandanten-Connector „%1“ (%2) aktiviert: Er läuft wieder nach seinem Zeitplan.</translation>
    </message>
    <message>
        <source>Disabled tenant connector &quot;%1&quot; (%2): it does not run until it is enabled again (&apos;atc profiles enable&apos;).</source>
        <translation>Mandanten-Connector „%1“ (%2) deaktiviert: Er läuft nicht, bis er wieder aktiviert wird (&apos;atc profiles enable&apos;).</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; (%2) is not valid: %3 Correct the profile in the application, or correct its file and import it again.</source>
        <translation>das Profil „%1“ (%2) ist ungültig: %3 Korrigieren Sie das Profil in der Anwendung, oder korrigieren Sie seine Datei, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>%1 minutes (not valid)</source>
        <translation>%1 Minuten (ungültig)</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc: Warnung: %1</translation>
    </message>
    <message>
        <source>Authentication key: </source>
        <translation>Authentifizierungsschlüssel: </translation>
    </message>
    <message>
        <source>give the new profile&apos;s name: --name NAME</source>
        <translation>geben Sie den Namen des neuen Profils an: --name NAME</translation>
    </message>
    <message>
        <source>no authentication key: give it on standard input with --secret-stdin, or in AZURE_CLIENT_SECRET (never as an argument)</source>
        <translation>kein Authentifizierungsschlüssel: Geben Sie ihn über die Standardeingabe mit --secret-stdin oder in AZURE_CLIENT_SECRET an (nie als Argument)</translation>
    </message>
    <message>
        <source>the profile was not created: %1</source>
        <translation>das Profil wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; (%2); its authentication key is in the keychain.</source>
        <translation>Profil „%1“ (%2) erstellt; sein Authentifizierungsschlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved tenant connector profiles.

  list                      list the saved profiles
  create --name NAME …      create a profile and store its key (from
                            --secret-stdin or AZURE_CLIENT_SECRET)
  show &lt;id|name&gt;            show every setting of one profile
  import &lt;file&gt;             import a profile file under a fresh id
  export &lt;id|name&gt; &lt;file&gt;   write one profile to a file (no secret)
  delete &lt;id|name&gt;          delete a profile and its authentication key
  enable &lt;id|name&gt;          enable a tenant connector: it runs again
  disable &lt;id|name&gt;         disable a tenant connector: it never runs (neither on its schedule nor with &apos;atc run&apos;) until enabled again</source>
        <translation>Gespeicherte Mandanten-Connector-Profile.

  list                      die gespeicherten Profile auflisten
  create --name NAME …      ein Profil erstellen und seinen Schlüssel speichern
                            (aus --secret-stdin oder AZURE_CLIENT_SECRET)
  show &lt;ID|Name&gt;            alle Einstellungen eines Profils anzeigen
  import &lt;Datei&gt;            eine Profildatei unter einer neuen ID importieren
  export &lt;ID|Name&gt; &lt;Datei&gt;  ein Profil in eine Datei schreiben (ohne Geheimnis)
  delete &lt;ID|Name&gt;          ein Profil und seinen Authentifizierungsschlüssel löschen
  enable &lt;ID|Name&gt;          einen Mandanten-Connector aktivieren: er läuft wieder
  disable &lt;ID|Name&gt;         einen Mandanten-Connector deaktivieren: er läuft nie (weder nach Zeitplan noch mit &apos;atc run&apos;), bis er wieder aktiviert wird</translation>
    </message>
    <message>
        <source>list, show, create, import, export, delete, enable or disable</source>
        <translation>list, show, create, import, export, delete, enable oder disable</translation>
    </message>
    <message>
        <source>import: save the profile under this name. create: its name.</source>
        <translation>import: das Profil unter diesem Namen speichern. create: sein Name.</translation>
    </message>
    <message>
        <source>create: the tenant&apos;s display name.</source>
        <translation>create: der Anzeigename des Mandanten.</translation>
    </message>
    <message>
        <source>create: a description.</source>
        <translation>create: eine Beschreibung.</translation>
    </message>
    <message>
        <source>create: the subscription connectors&apos; name prefix.</source>
        <translation>create: das Namenspräfix der Abonnement-Connectors.</translation>
    </message>
    <message>
        <source>create: also trust the CA certificate(s) in this PEM file.</source>
        <translation>create: zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>create: the tenant connector starts disabled.</source>
        <translation>create: der Mandanten-Connector startet deaktiviert.</translation>
    </message>
    <message>
        <source>create: read the authentication key from the first line of standard input (else AZURE_CLIENT_SECRET).</source>
        <translation>create: den Authentifizierungsschlüssel aus der ersten Zeile der Standardeingabe lesen (sonst AZURE_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Usage: atc profiles [options] list|show|create|import|export|delete|enable|disable [arguments]</source>
        <translation>Aufruf: atc profiles [Optionen] list|show|create|import|export|delete|enable|disable [Argumente]</translation>
    </message>
</context>
<context>
    <name>atc::cli::Qualys</name>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>give --qualys-platform POD, or --qualys-gateway URL and --qualys-api-server URL, not both</source>
        <translation>geben Sie --qualys-platform POD oder --qualys-gateway URL und --qualys-api-server URL an, nicht beides</translation>
    </message>
    <message>
        <source>unknown Qualys platform &quot;%1&quot;: use one of %2, or --qualys-gateway URL with --qualys-api-server URL</source>
        <translation>unbekannte Qualys-Plattform „%1“: verwenden Sie eine von %2 oder --qualys-gateway URL mit --qualys-api-server URL</translation>
    </message>
    <message>
        <source>--qualys-gateway and --qualys-api-server go together: the two hosts of a Qualys platform are never derived from each other</source>
        <translation>--qualys-gateway und --qualys-api-server gehören zusammen: Die beiden Hosts einer Qualys-Plattform werden nie voneinander abgeleitet</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc: Warnung: %1</translation>
    </message>
    <message>
        <source>give the Qualys platform: --qualys-platform POD (US1, EU1, …), or --qualys-gateway URL and --qualys-api-server URL</source>
        <translation>geben Sie die Qualys-Plattform an: --qualys-platform POD (US1, EU1, …) oder --qualys-gateway URL und --qualys-api-server URL</translation>
    </message>
    <message>
        <source>no Qualys account for %1: set QUALYS_USERNAME and QUALYS_PASSWORD (or QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET), or store one with &apos;atc qualys login&apos;. A secret is never taken from an argument.</source>
        <translation>kein Qualys-Konto für %1: legen Sie QUALYS_USERNAME und QUALYS_PASSWORD (oder QUALYS_CLIENT_ID und QUALYS_CLIENT_SECRET) fest, oder speichern Sie eines mit &apos;atc qualys login&apos;. Ein Geheimnis wird nie aus einem Argument übernommen.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>give --profile NAME (a saved profile&apos;s name or id)</source>
        <translation>geben Sie --profile NAME an (Name oder ID eines gespeicherten Profils)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no tenant connector id for Qualys %2: the answer to its create was lost. Run &apos;atc qualys push --profile &quot;%1&quot;&apos; again: it looks the connector up before creating anything. Then run &apos;atc qualys %3&apos;.</source>
        <translation>das Profil „%1“ hat keine Mandanten-Connector-ID für Qualys %2: Die Antwort auf seine Erstellung ging verloren. Führen Sie &apos;atc qualys push --profile &quot;%1&quot;&apos; erneut aus: Es sucht den Connector, bevor etwas erstellt wird. Führen Sie dann &apos;atc qualys %3&apos; aus.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has not been pushed to Qualys %2 (no tenant connector id recorded for it). Run &apos;atc qualys push --profile &quot;%1&quot;&apos; first.</source>
        <translation>das Profil „%1“ wurde noch nicht an Qualys %2 übertragen (keine Mandanten-Connector-ID dafür erfasst). Führen Sie zuerst &apos;atc qualys push --profile &quot;%1&quot;&apos; aus.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid, so it is not pushed: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>das Profil „%1“ ist ungültig und wird daher nicht übertragen: %2 Korrigieren Sie es in der Anwendung, oder korrigieren Sie seine Datei, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be pushed to Qualys: %2</source>
        <translation>das Profil „%1“ kann nicht an Qualys übertragen werden: %2</translation>
    </message>
    <message>
        <source>atc: note: %1</source>
        <translation>atc: Hinweis: %1</translation>
    </message>
    <message>
        <source>the tenant connector was %1 on Qualys %2 (id %3), but the profile could not record it: %4 A later push would create a second connector; correct the problem and push again only after checking the platform.</source>
        <translation>der Mandanten-Connector auf Qualys %2 (ID %3) wurde erstellt bzw. aktualisiert (%1), aber das Profil konnte ihn nicht erfassen: %4 Eine spätere Übertragung würde einen zweiten Connector erstellen; beheben Sie das Problem, und übertragen Sie erst erneut, nachdem Sie die Plattform geprüft haben.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>atc: warning: Qualys did not return the new tenant connector&apos;s id; &apos;atc qualys status&apos;, &apos;enable&apos; and &apos;disable&apos; need it. The next push looks the connector up before creating anything.</source>
        <translation>atc: Warnung: Qualys hat die ID des neuen Mandanten-Connectors nicht zurückgegeben; &apos;atc qualys status&apos;, &apos;enable&apos; und &apos;disable&apos; benötigen sie. Die nächste Übertragung sucht den Connector, bevor etwas erstellt wird.</translation>
    </message>
    <message>
        <source>(id unknown)</source>
        <translation>(ID unbekannt)</translation>
    </message>
    <message>
        <source>Created tenant connector %1 on Qualys %2 from profile &quot;%3&quot;.</source>
        <translation>Mandanten-Connector %1 auf Qualys %2 aus dem Profil „%3“ erstellt.</translation>
    </message>
    <message>
        <source>Updated tenant connector %1 on Qualys %2 from profile &quot;%3&quot;.</source>
        <translation>Mandanten-Connector %1 auf Qualys %2 aus dem Profil „%3“ aktualisiert.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Qualys platform</source>
        <translation>Qualys-Plattform</translation>
    </message>
    <message>
        <source>Tenant connector id</source>
        <translation>Mandanten-Connector-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>not readable (this platform offers no way to read a tenant connector)</source>
        <translation>nicht lesbar (diese Plattform bietet keine Möglichkeit, einen Mandanten-Connector zu lesen)</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Zuletzt übertragen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No subscription connectors yet: Qualys creates them when the tenant connector syncs.</source>
        <translation>Noch keine Abonnement-Connectors: Qualys erstellt sie, wenn der Mandanten-Connector synchronisiert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNCHRONISIERUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription connector(s) read …</source>
        <translation>
            <numerusform>%n Abonnement-Connector gelesen …</numerusform>
            <numerusform>%n Abonnement-Connectors gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled tenant connector %1 (profile &quot;%2&quot;) on Qualys %3.</source>
        <translation>Mandanten-Connector %1 (Profil „%2“) auf Qualys %3 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled tenant connector %1 (profile &quot;%2&quot;) on Qualys %3: it does not sync until it is enabled again.</source>
        <translation>Mandanten-Connector %1 (Profil „%2“) auf Qualys %3 deaktiviert: Er synchronisiert nicht, bis er wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>give --user NAME or --client-id ID, not both</source>
        <translation>geben Sie --user NAME oder --client-id ID an, nicht beides</translation>
    </message>
    <message>
        <source>give the Qualys user name (--user NAME or QUALYS_USERNAME) or the client id (--client-id ID or QUALYS_CLIENT_ID)</source>
        <translation>geben Sie den Qualys-Benutzernamen (--user NAME oder QUALYS_USERNAME) oder die Client-ID (--client-id ID oder QUALYS_CLIENT_ID) an</translation>
    </message>
    <message>
        <source>set the client secret in QUALYS_CLIENT_SECRET, or pipe it on standard input (it is never taken from an argument)</source>
        <translation>legen Sie den geheimen Clientschlüssel in QUALYS_CLIENT_SECRET fest, oder leiten Sie ihn über die Standardeingabe weiter (er wird nie aus einem Argument übernommen)</translation>
    </message>
    <message>
        <source>set the password in QUALYS_PASSWORD, or pipe it on standard input (it is never taken from an argument)</source>
        <translation>legen Sie das Kennwort in QUALYS_PASSWORD fest, oder leiten Sie es über die Standardeingabe weiter (es wird nie aus einem Argument übernommen)</translation>
    </message>
    <message>
        <source>no client secret on standard input</source>
        <translation>kein geheimer Clientschlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Kennwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Testing the login of %1 …</source>
        <translation>Die Anmeldung von %1 wird getestet …</translation>
    </message>
    <message>
        <source>the login works, but the keychain could not store the secret: %1</source>
        <translation>die Anmeldung funktioniert, aber der Schlüsselbund konnte das Geheimnis nicht speichern: %1</translation>
    </message>
    <message>
        <source>Signed in to Qualys %1 with client id %2; the client secret is stored in the keychain.</source>
        <translation>Bei Qualys %1 mit der Client-ID %2 angemeldet; der geheime Clientschlüssel ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed in to Qualys %1 as %2; the password is stored in the keychain.</source>
        <translation>Bei Qualys %1 als %2 angemeldet; das Kennwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The tenant connector on a Qualys platform.

  push --profile NAME       create it from the saved profile, or update it when the
                            profile records its id on that platform
  status --profile NAME     the tenant connector and its subscription connectors
  enable --profile NAME     enable it on the platform
  disable --profile NAME    disable it on the platform (it stops syncing)
  login                     test a Qualys login and store it in the keychain

The Qualys secret comes from QUALYS_USERNAME + QUALYS_PASSWORD, or QUALYS_CLIENT_ID +
QUALYS_CLIENT_SECRET, else from the keychain (&apos;atc qualys login&apos;); the Azure key from
AZURE_CLIENT_SECRET or the keychain. Never from an argument. Exit codes: docs/cli.md.</source>
        <translation>Der Mandanten-Connector auf einer Qualys-Plattform.

  push --profile NAME       ihn aus dem gespeicherten Profil erstellen, oder ihn
                            aktualisieren, wenn das Profil seine ID auf dieser
                            Plattform erfasst hat
  status --profile NAME     der Mandanten-Connector und seine Abonnement-Connectors
  enable --profile NAME     ihn auf der Plattform aktivieren
  disable --profile NAME    ihn auf der Plattform deaktivieren (er synchronisiert nicht mehr)
  login                     eine Qualys-Anmeldung testen und im Schlüsselbund speichern

Das Qualys-Geheimnis stammt aus QUALYS_USERNAME + QUALYS_PASSWORD oder QUALYS_CLIENT_ID +
QUALYS_CLIENT_SECRET, sonst aus dem Schlüsselbund (&apos;atc qualys login&apos;); der Azure-Schlüssel aus
AZURE_CLIENT_SECRET oder dem Schlüsselbund. Nie aus einem Argument. Exit-Codes: docs/cli.md.</translation>
    </message>
    <message>
        <source>push, status, enable, disable or login</source>
        <translation>push, status, enable, disable oder login</translation>
    </message>
    <message>
        <source>The saved profile NAME (or id).</source>
        <translation>Das gespeicherte Profil NAME (oder ID).</translation>
    </message>
    <message>
        <source>The Qualys platform (pod): US1, US2, …, EU1, …, KSA1.</source>
        <translation>Die Qualys-Plattform (Pod): US1, US2, …, EU1, …, KSA1.</translation>
    </message>
    <message>
        <source>A custom platform&apos;s gateway URL (with --qualys-api-server).</source>
        <translation>Die Gateway-URL einer benutzerdefinierten Plattform (mit --qualys-api-server).</translation>
    </message>
    <message>
        <source>A custom platform&apos;s API server URL (with --qualys-gateway).</source>
        <translation>Die API-Server-URL einer benutzerdefinierten Plattform (mit --qualys-gateway).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file for the Qualys hosts.</source>
        <translation>Für die Qualys-Hosts zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>login: the Qualys user name.</source>
        <translation>login: der Qualys-Benutzername.</translation>
    </message>
    <message>
        <source>login: a Qualys client id (instead of a user name).</source>
        <translation>login: eine Qualys-Client-ID (statt eines Benutzernamens).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Usage: atc qualys [options] push|status|enable|disable|login</source>
        <translation>Aufruf: atc qualys [Optionen] push|status|enable|disable|login</translation>
    </message>
    <message>
        <source>missing action. Run &apos;atc qualys --help&apos;.</source>
        <translation>Aktion fehlt. Führen Sie &apos;atc qualys --help&apos; aus.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;. Run &apos;atc qualys --help&apos;.</source>
        <translation>unbekannte Aktion „%1“. Führen Sie &apos;atc qualys --help&apos; aus.</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;atc qualys %2&apos;</source>
        <translation>--%1 ist keine Option von &apos;atc qualys %2&apos;</translation>
    </message>
    <message>
        <source>--existing-id takes the tenant connector&apos;s id shown in the Qualys portal (a positive number), and not with --create-anew</source>
        <translation>--existing-id erwartet die im Qualys-Portal angezeigte ID des Mandanten-Connectors (eine positive Zahl), und nicht zusammen mit --create-anew</translation>
    </message>
    <message>
        <source>atc: once you have looked in the Qualys portal: push again with --existing-id ID when the tenant connector is there, or with --create-anew when it is not.</source>
        <translation>atc: Sobald Sie im Qualys-Portal nachgesehen haben: erneut mit --existing-id ID übertragen, wenn der Mandanten-Connector dort vorhanden ist, oder mit --create-anew, wenn nicht.</translation>
    </message>
    <message>
        <source>push: the tenant connector already exists on the platform with this id (after a lost create reply): update it.</source>
        <translation>push: Der Mandanten-Connector existiert auf der Plattform bereits mit dieser ID (nach einer verlorenen Antwort auf das Erstellen): ihn aktualisieren.</translation>
    </message>
    <message>
        <source>push: create a new tenant connector even though an earlier create may have succeeded (you checked the portal: it is not there).</source>
        <translation>push: einen neuen Mandanten-Connector erstellen, obwohl ein früheres Erstellen gelungen sein könnte (Sie haben im Portal nachgesehen: er ist nicht vorhanden).</translation>
    </message>
</context>
<context>
    <name>atc::cli::Runtime</name>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos;. See &apos;atc profiles list&apos;.</source>
        <translation>kein gespeichertes Profil namens &apos;%1&apos;. Siehe &apos;atc profiles list&apos;.</translation>
    </message>
    <message>
        <source>Run the saved profile NAME (or id).</source>
        <translation>Das gespeicherte Profil NAME (oder ID) ausführen.</translation>
    </message>
    <message>
        <source>Run every saved profile.</source>
        <translation>Alle gespeicherten Profile ausführen.</translation>
    </message>
    <message>
        <source>Run tenant connectors and their subscription connectors now.</source>
        <translation>Mandanten-Connectors und ihre Abonnement-Connectors jetzt ausführen.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 created, %4 updated, %5 removed)</source>
        <translation>%1: %2 (%3 erstellt, %4 aktualisiert, %5 entfernt)</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1: nichts fällig</translation>
    </message>
    <message>
        <source>Only this saved profile (default: all).</source>
        <translation>Nur dieses gespeicherte Profil (Standard: alle).</translation>
    </message>
    <message>
        <source>Keep running connectors on their polling frequencies until interrupted.</source>
        <translation>Connectors bis zur Unterbrechung fortlaufend in ihren Abfragehäufigkeiten ausführen.</translation>
    </message>
    <message>
        <source>%1: tenant run started</source>
        <translation>%1: Mandantenausführung gestartet</translation>
    </message>
    <message>
        <source>%1: %2 subscription connector(s) started</source>
        <translation>%1: %2 Abonnement-Connector(s) gestartet</translation>
    </message>
    <message>
        <source>Stopping: cancelling runs …</source>
        <translation>Wird beendet: Ausführungen werden abgebrochen …</translation>
    </message>
    <message numerus="yes">
        <source>atc daemon: scheduling %n profile(s)</source>
        <translation>
            <numerusform>atc daemon: %n Profil wird geplant</numerusform>
            <numerusform>atc daemon: %n Profile werden geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>List subscription connectors.</source>
        <translation>Abonnement-Connectors auflisten.</translation>
    </message>
    <message>
        <source>Only this saved profile.</source>
        <translation>Nur dieses gespeicherte Profil.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Subscription connectors and their state.</source>
        <translation>Abonnement-Connectors und ihr Status.</translation>
    </message>
    <message>
        <source>detached, disabled</source>
        <translation>getrennt, deaktiviert</translation>
    </message>
    <message>
        <source>Export the asset inventory.</source>
        <translation>Das Asset-Inventar exportieren.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>Only this subscription (id or connector name).</source>
        <translation>Nur dieses Abonnement (ID oder Connectorname).</translation>
    </message>
    <message>
        <source>Also assets no longer seen.</source>
        <translation>Auch nicht mehr gesehene Assets.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>usage: atc inventory export --format csv|json [--profile NAME] [--subscription ID] [--include-removed] [--output FILE]</source>
        <translation>Aufruf: atc inventory export --format csv|json [--profile NAME] [--subscription ID] [--include-removed] [--output FILE]</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) exported</source>
        <translation>
            <numerusform>%n Asset exportiert</numerusform>
            <numerusform>%n Assets exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text (default, one per line) or json.</source>
        <translation>Ausgabeformat: text (Standard, einer pro Zeile) oder json.</translation>
    </message>
    <message>
        <source>Public IP addresses and DNS names of the assets activated for the cloud perimeter scan.</source>
        <translation>Öffentliche IP-Adressen und DNS-Namen der für den Cloud-Perimeterscan aktivierten Assets.</translation>
    </message>
    <message>
        <source>Run &apos;atc profiles enable &quot;%1&quot;&apos;.</source>
        <translation>Führen Sie &apos;atc profiles enable &quot;%1&quot;&apos; aus.</translation>
    </message>
    <message>
        <source>%1: disabled, skipped</source>
        <translation>%1: deaktiviert, übersprungen</translation>
    </message>
    <message>
        <source>%1: enabled, scheduled</source>
        <translation>%1: aktiviert, eingeplant</translation>
    </message>
    <message>
        <source>%1: disabled, not scheduled</source>
        <translation>%1: deaktiviert, nicht eingeplant</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid, so it does not run: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>das Profil „%1“ ist ungültig und wird daher nicht ausgeführt: %2 Korrigieren Sie es in der Anwendung, oder korrigieren Sie seine Datei, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>atc daemon: skipped: %1</source>
        <translation>atc daemon: übersprungen: %1</translation>
    </message>
    <message>
        <source>%1: valid again, scheduled</source>
        <translation>%1: wieder gültig, eingeplant</translation>
    </message>
    <message>
        <source>the export failed: the output could not be written</source>
        <translation>der Export ist fehlgeschlagen: die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>usage: atc connectors list [--profile NAME] [--format text|json]</source>
        <translation>Aufruf: atc connectors list [--profile NAME] [--format text|json]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ASSETS</source>
        <translation>ASSETS</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTE AUSFÜHRUNG</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NÄCHSTE AUSFÜHRUNG</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>MARKIERUNG</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>Run only what is due: of every saved profile, or with --profile of that one (for cron or a systemd timer).</source>
        <translation>Nur Fälliges ausführen: von jedem gespeicherten Profil oder, mit --profile, von diesem einen (für cron oder einen systemd-Timer).</translation>
    </message>
    <message>
        <source>give --profile NAME, --all or --due</source>
        <translation>geben Sie --profile NAME, --all oder --due an</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>ENTFERNT</translation>
    </message>
    <message>
        <source>%1: %2% %3</source>
        <translation>%1: %2&#xa0;% %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects a whole Azure tenant to an asset inventory: the desktop application.</source>
        <translation>Verbindet einen ganzen Azure-Mandanten mit einem Asset-Inventar: die Desktopanwendung.</translation>
    </message>
</context>
</TS>
