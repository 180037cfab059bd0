<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>atc</name>
    <message>
        <source>Usage: atc &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: atc &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>atc: unknown command &apos;%1&apos;</source>
        <translation>atc&#xa0;: commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>test a tenant&apos;s credentials and permissions</source>
        <translation>tester les informations d&apos;identification et les autorisations d&apos;un locataire</translation>
    </message>
    <message>
        <source>discover management groups, subscriptions and resources</source>
        <translation>découvrir les groupes d&apos;administration, abonnements et ressources</translation>
    </message>
    <message>
        <source>run the loopback Azure emulator (sandbox tenant)</source>
        <translation>lancer l&apos;émulateur Azure local (locataire sandbox)</translation>
    </message>
    <message>
        <source>try everything on the built-in sandbox tenant</source>
        <translation>tout essayer avec le locataire sandbox intégré</translation>
    </message>
    <message>
        <source>run tenant connectors (all, one, or --due)</source>
        <translation>exécuter les connecteurs de locataire (tous, un seul ou --due)</translation>
    </message>
    <message>
        <source>keep running connectors on their polling frequency</source>
        <translation>exécuter les connecteurs en continu selon leur fréquence d&apos;interrogation</translation>
    </message>
    <message>
        <source>list subscription connectors and their state</source>
        <translation>lister les connecteurs d&apos;abonnement et leur état</translation>
    </message>
    <message>
        <source>export the asset inventory (csv or json)</source>
        <translation>exporter l&apos;inventaire des actifs (csv ou json)</translation>
    </message>
    <message>
        <source>list public IPs and DNS names to scan</source>
        <translation>lister les adresses IP publiques et les noms DNS à analyser</translation>
    </message>
    <message>
        <source>atc: error: %1</source>
        <translation>atc&#xa0;: erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc : avertissement : %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing argument. Run &apos;atc %1 --help&apos;.</source>
        <translation>argument manquant. Lancez &apos;atc %1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>--format must be %1, not &quot;%2&quot;.</source>
        <translation>--format doit valoir %1, et non « %2 ».</translation>
    </message>
    <message>
        <source>Only errors and warnings on stderr.</source>
        <translation>Uniquement les erreurs et les avertissements sur stderr.</translation>
    </message>
    <message>
        <source>Progress on stderr even off a terminal, and the developer log lines (atc.azure, atc.store …).</source>
        <translation>La progression sur stderr même hors d&apos;un terminal, ainsi que les lignes de journal de développement (atc.azure, atc.store …).</translation>
    </message>
    <message>
        <source>list|show|create|import|export|delete saved profiles</source>
        <translation>lister|afficher|créer|importer|exporter|supprimer les profils enregistrés</translation>
    </message>
    <message>
        <source>push|status|enable|disable the tenant connector on Qualys</source>
        <translation>envoyer|afficher l&apos;état|activer|désactiver le connecteur de locataire sur Qualys</translation>
    </message>
    <message>
        <source>Options of every command: --help, --quiet (-q), --verbose. atc --version prints the version.</source>
        <translation>Options de chaque commande&#xa0;: --help, --quiet (-q), --verbose. atc --version affiche la version.</translation>
    </message>
    <message>
        <source>Run &apos;atc help &lt;command&gt;&apos; or &apos;atc &lt;command&gt; --help&apos; for a command&apos;s options. Exit codes: docs/cli.md.</source>
        <translation>Lancez &apos;atc help &lt;commande&gt;&apos; ou &apos;atc &lt;commande&gt; --help&apos; pour les options d&apos;une commande. Codes de sortie&#xa0;: docs/cli.md.</translation>
    </message>
    <message>
        <source>atc: error: usage: atc help [command]</source>
        <translation>atc&#xa0;: erreur&#xa0;: utilisation&#xa0;: atc help [commande]</translation>
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
        <translation>Impossible d&apos;enregistrer les paramètres dans %1.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or address alone, without spaces, scheme, user or port (for example proxy.example.com).</source>
        <translation>Entrez uniquement le nom d&apos;hôte ou l&apos;adresse du proxy, sans espaces, schéma, utilisateur ni port (par exemple proxy.example.com).</translation>
    </message>
    <message>
        <source>Enter a proxy port from 1 to 65535.</source>
        <translation>Entrez un port de proxy compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter a proxy user name of at most 255 characters on one line.</source>
        <translation>Entrez un nom d&apos;utilisateur de proxy de 255 caractères au plus, sur une seule ligne.</translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose the system proxy or no proxy.</source>
        <translation>Entrez l&apos;hôte du proxy, ou choisissez le proxy système ou « aucun proxy ».</translation>
    </message>
    <message>
        <source>Choose the CA certificate file by its full path, or leave it empty to trust the system certificates only.</source>
        <translation>Indiquez le fichier de certificat d&apos;AC par son chemin complet, ou laissez le champ vide pour ne faire confiance qu&apos;aux certificats du système.</translation>
    </message>
    <message>
        <source>Choose from %1 to %2 requests at a time.</source>
        <translation>Choisissez de %1 à %2 requêtes simultanées.</translation>
    </message>
    <message>
        <source>Choose a request timeout from %1 to %2 seconds.</source>
        <translation>Choisissez un délai d&apos;expiration des requêtes de %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known language. Use a code such as de or fr, or leave it empty for the system language.</source>
        <translation>« %1 » n&apos;est pas une langue connue. Utilisez un code tel que de ou fr, ou laissez le champ vide pour la langue du système.</translation>
    </message>
    <message>
        <source>Choose the data folder by its full path, or leave it empty for the default.</source>
        <translation>Indiquez le dossier de données par son chemin complet, ou laissez le champ vide pour le dossier par défaut.</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: the working copy %2 cannot be written (%3).</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans %1&#xa0;: la copie de travail %2 ne peut pas être écrite (%3).</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the settings to %1: the new content could not be written completely (is the disk full?).</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans %1&#xa0;: le nouveau contenu n&apos;a pas pu être écrit entièrement (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>Choose a request deadline from %1 to %2 seconds.</source>
        <translation>Choisissez un délai maximal des requêtes de %1 à %2 secondes.</translation>
    </message>
</context>
<context>
    <name>atc::ArmClient</name>
    <message>
        <source>invalid nextLink</source>
        <translation>nextLink non valide</translation>
    </message>
    <message>
        <source>the next-page link points to another host (%1); not followed</source>
        <translation>le lien de la page suivante pointe vers un autre hôte (%1)&#xa0;; il n&apos;est pas suivi</translation>
    </message>
    <message>
        <source>the next-page link repeats an earlier page; the listing would never end</source>
        <translation>le lien de la page suivante répète une page précédente&#xa0;; la liste ne se terminerait jamais</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages; stopped</source>
        <translation>la liste compte plus de %1 pages&#xa0;; lecture arrêtée</translation>
    </message>
    <message>
        <source>%1 is not on the configured Azure Resource Manager endpoint</source>
        <translation>%1 n&apos;est pas sur le point de terminaison Azure Resource Manager configuré</translation>
    </message>
</context>
<context>
    <name>atc::AssignTagsPage</name>
    <message>
        <source>Assign Tags</source>
        <translation>Attribuer des étiquettes</translation>
    </message>
    <message>
        <source>Tags for the tenant connector itself, to find and group it later.</source>
        <translation>Étiquettes du connecteur de locataire lui-même, pour le retrouver et le regrouper plus tard.</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Étiquettes du connecteur</translation>
    </message>
    <message>
        <source>Connector &amp;tags:</source>
        <translation>É&amp;tiquettes du connecteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create tag…</source>
        <translation>&amp;Créer une étiquette…</translation>
    </message>
    <message>
        <source>New tags join the catalogue shared by every connector, and can also be used as asset tags.</source>
        <translation>Les nouvelles étiquettes rejoignent le catalogue partagé par tous les connecteurs et peuvent aussi servir d&apos;étiquettes d&apos;actifs.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags on the Qualys platform</source>
        <translation>Étiquettes sur la plateforme Qualys</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Compte Qualys</translation>
    </message>
    <message>
        <source>Qualys &amp;account:</source>
        <translation>C&amp;ompte Qualys&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Create tag on &amp;Qualys…</source>
        <translation>Créer une étiquette sur &amp;Qualys…</translation>
    </message>
    <message>
        <source>Create Tag on Qualys</source>
        <translation>Créer une étiquette sur Qualys</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts to use the platform&apos;s tags.</source>
        <translation>Ajoutez un compte Qualys dans Paramètres ▸ Comptes Qualys pour utiliser les étiquettes de la plateforme.</translation>
    </message>
    <message>
        <source>Tag id %1 on the platform</source>
        <translation>ID d&apos;étiquette %1 sur la plateforme</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>Lecture des étiquettes de %1…</translation>
    </message>
    <message>
        <source>The platform&apos;s tags could not be read: %1</source>
        <translation>Les étiquettes de la plateforme n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) on the platform.</source>
        <translation>
            <numerusform>%n étiquette sur la plateforme.</numerusform>
            <numerusform>%n étiquettes sur la plateforme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the tag &quot;%1&quot; on the platform…</source>
        <translation>Création de l&apos;étiquette « %1 » sur la plateforme…</translation>
    </message>
    <message>
        <source>The tag could not be created on the platform: %1</source>
        <translation>L&apos;étiquette n&apos;a pas pu être créée sur la plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (id %2) on the platform.</source>
        <translation>« %1 » (ID %2) a été créée sur la plateforme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists on the platform (id %2); it is assigned.</source>
        <translation>« %1 » existe déjà sur la plateforme (ID %2)&#xa0;; elle est attribuée.</translation>
    </message>
</context>
<context>
    <name>atc::AtomicFile</name>
    <message>
        <source>the data could not be written</source>
        <translation>les données n&apos;ont pas pu être écrites</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>only part of the data reached the disk</source>
        <translation>seule une partie des données a été écrite sur le disque</translation>
    </message>
</context>
<context>
    <name>atc::AzureError</name>
    <message>
        <source>The connection settings are not valid.</source>
        <translation>Les paramètres de connexion ne sont pas valides.</translation>
    </message>
    <message>
        <source>The connection settings are not valid: %1</source>
        <translation>Les paramètres de connexion ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>The directory (tenant) ID was not found in this Azure cloud.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) est introuvable dans ce cloud Azure.</translation>
    </message>
    <message>
        <source>The directory (tenant) ID is neither a valid ID nor a valid domain name.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) n&apos;est ni un ID valide ni un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The application (client) ID was not found in this directory.</source>
        <translation>L&apos;ID d&apos;application (client) est introuvable dans cet annuaire.</translation>
    </message>
    <message>
        <source>The authentication key is not valid. Enter the secret&apos;s Value, not its Secret ID.</source>
        <translation>La clé d&apos;authentification n&apos;est pas valide. Entrez la valeur du secret, et non son ID de secret.</translation>
    </message>
    <message>
        <source>The authentication key has expired.</source>
        <translation>La clé d&apos;authentification a expiré.</translation>
    </message>
    <message>
        <source>No authentication key was sent.</source>
        <translation>Aucune clé d&apos;authentification n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in.</source>
        <translation>Microsoft Entra ID a refusé la connexion.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in (%1).</source>
        <translation>Microsoft Entra ID a refusé la connexion (%1).</translation>
    </message>
    <message>
        <source>The app has no read role on the Tenant Root Group.</source>
        <translation>L&apos;application n&apos;a aucun rôle de lecture sur le groupe d&apos;administration racine (Tenant Root Group).</translation>
    </message>
    <message>
        <source>The app is not allowed to read this part of the tenant.</source>
        <translation>L&apos;application n&apos;est pas autorisée à lire cette partie du locataire.</translation>
    </message>
    <message>
        <source>The app is not allowed to read scope %1.</source>
        <translation>L&apos;application n&apos;est pas autorisée à lire l&apos;étendue %1.</translation>
    </message>
    <message>
        <source>Azure Resource Manager rejected the access token.</source>
        <translation>Azure Resource Manager a rejeté le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The access token expired and could not be renewed.</source>
        <translation>Le jeton d&apos;accès a expiré et n&apos;a pas pu être renouvelé.</translation>
    </message>
    <message>
        <source>The subscription was not found.</source>
        <translation>L&apos;abonnement est introuvable.</translation>
    </message>
    <message>
        <source>The subscription %1 was not found.</source>
        <translation>L&apos;abonnement %1 est introuvable.</translation>
    </message>
    <message>
        <source>The requested Azure object was not found.</source>
        <translation>L&apos;objet Azure demandé est introuvable.</translation>
    </message>
    <message>
        <source>Azure is throttling the requests of this app.</source>
        <translation>Azure limite les requêtes de cette application.</translation>
    </message>
    <message>
        <source>Azure answered with a server error (HTTP %1).</source>
        <translation>Azure a répondu par une erreur du serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>Azure answered with an unexpected HTTP status %1.</source>
        <translation>Azure a répondu par un statut HTTP inattendu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Le nom de serveur %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation>La connexion réseau à %1 a échoué.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection.</source>
        <translation>Le serveur proxy a échoué ou a refusé la connexion.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was incomplete or could not be understood.</source>
        <translation>La réponse du serveur était incomplète ou incompréhensible.</translation>
    </message>
    <message>
        <source>Check the directory ID, the application ID and the endpoint URLs. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Vérifiez l&apos;ID de l&apos;annuaire, l&apos;ID d&apos;application et les URL des points de terminaison. Le simple http:// n&apos;est autorisé que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Copy the Directory (tenant) ID from the app&apos;s Overview page in the Microsoft Entra admin center, and check that the right Azure cloud is selected.</source>
        <translation>Copiez l&apos;ID de l&apos;annuaire (locataire) depuis la page Vue d&apos;ensemble de l&apos;application dans le centre d&apos;administration Microsoft Entra, et vérifiez que le bon cloud Azure est sélectionné.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID as a GUID (from the app&apos;s Overview page) or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Entrez l&apos;ID de l&apos;annuaire (locataire) sous forme de GUID (page Vue d&apos;ensemble de l&apos;application) ou de domaine vérifié, tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Check the Application (client) ID, and that the app is registered in this directory (not in another tenant).</source>
        <translation>Vérifiez l&apos;ID d&apos;application (client) et que l&apos;application est inscrite dans cet annuaire (et non dans un autre locataire).</translation>
    </message>
    <message>
        <source>Under Certificates &amp; secrets, copy the Value column of the client secret (shown only right after it is created); create a new secret if needed.</source>
        <translation>Sous Certificats &amp; secrets, copiez la colonne Valeur du secret client (affichée uniquement juste après sa création)&#xa0;; créez un nouveau secret si nécessaire.</translation>
    </message>
    <message>
        <source>Create a new client secret under Certificates &amp; secrets and enter its Value.</source>
        <translation>Créez un nouveau secret client sous Certificats &amp; secrets et entrez sa valeur.</translation>
    </message>
    <message>
        <source>Enter the client secret&apos;s Value as the authentication key.</source>
        <translation>Entrez la valeur du secret client comme clé d&apos;authentification.</translation>
    </message>
    <message>
        <source>Check the directory ID, the application ID and the authentication key.</source>
        <translation>Vérifiez l&apos;ID de l&apos;annuaire, l&apos;ID d&apos;application et la clé d&apos;authentification.</translation>
    </message>
    <message>
        <source>Assign the Reader role (or Management Group Reader) to the app on the Tenant Root Group (scope %1).</source>
        <translation>Attribuez le rôle Lecteur (ou Lecteur de groupe d&apos;administration) à l&apos;application sur le groupe d&apos;administration racine (étendue %1).</translation>
    </message>
    <message>
        <source>Assign the Reader role (or Management Group Reader) to the app on that management group (scope %1) or on the Tenant Root Group.</source>
        <translation>Attribuez le rôle Lecteur (ou Lecteur de groupe d&apos;administration) à l&apos;application sur ce groupe d&apos;administration (étendue %1) ou sur le groupe d&apos;administration racine.</translation>
    </message>
    <message>
        <source>Assign the Reader role to the app at scope %1, or on a management group above it.</source>
        <translation>Attribuez le rôle Lecteur à l&apos;application sur l&apos;étendue %1, ou sur un groupe d&apos;administration parent.</translation>
    </message>
    <message>
        <source>Check that the app belongs to this directory and that the selected cloud matches it; then try again.</source>
        <translation>Vérifiez que l&apos;application appartient à cet annuaire et que le cloud sélectionné lui correspond, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time, then try again.</source>
        <translation>Vérifiez la date et l&apos;heure de l&apos;ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The subscription may have been deleted or moved to another directory.</source>
        <translation>L&apos;abonnement a peut-être été supprimé ou déplacé vers un autre annuaire.</translation>
    </message>
    <message>
        <source>Check the endpoint URLs and the selected cloud.</source>
        <translation>Vérifiez les URL des points de terminaison et le cloud sélectionné.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; poll this tenant less often.</source>
        <translation>Patientez quelques minutes et réessayez&#xa0;; interrogez ce locataire moins souvent.</translation>
    </message>
    <message>
        <source>This is usually temporary: try again later.</source>
        <translation>C&apos;est généralement temporaire&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the endpoint URL, the DNS settings and the network connection.</source>
        <translation>Vérifiez l&apos;URL du point de terminaison, les paramètres DNS et la connexion réseau.</translation>
    </message>
    <message>
        <source>Check the endpoint URL and port, and whether a firewall blocks the connection.</source>
        <translation>Vérifiez l&apos;URL et le port du point de terminaison, et si un pare-feu bloque la connexion.</translation>
    </message>
    <message>
        <source>Check the network connection and the system proxy settings.</source>
        <translation>Vérifiez la connexion réseau et les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add its CA certificate (PEM) with the custom CA option; otherwise check the endpoint URL and the computer&apos;s date.</source>
        <translation>Si votre réseau inspecte le trafic TLS, ajoutez son certificat d&apos;AC (PEM) avec l&apos;option d&apos;AC personnalisée&#xa0;; sinon, vérifiez l&apos;URL du point de terminaison et la date de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again.</source>
        <translation>Vérifiez la connexion réseau et le proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>This is usually a network interruption or an intercepting proxy: try again.</source>
        <translation>Il s&apos;agit généralement d&apos;une interruption réseau ou d&apos;un proxy intercepteur&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>Check the proxy&apos;s address, port, user and password (in the application&apos;s settings, or the system&apos;s when it uses the system proxy).</source>
        <translation>Vérifiez l&apos;adresse, le port, l&apos;utilisateur et le mot de passe du proxy (dans les paramètres de l&apos;application, ou dans ceux du système s&apos;il utilise le proxy système).</translation>
    </message>
    <message>
        <source>The server %1 answered too slowly: the answer took longer than %2 seconds.</source>
        <translation>Le serveur %1 a répondu trop lentement&#xa0;: la réponse a pris plus de %2 secondes.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another host (%2); refused.</source>
        <translation>Le serveur %1 a redirigé la requête vers un autre hôte (%2)&#xa0;; la redirection a été refusée.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again; if the network is just slow, raise the request deadline (network/requestDeadlineSeconds in the settings).</source>
        <translation>Vérifiez la connexion réseau et le proxy, puis réessayez&#xa0;; si le réseau est simplement lent, augmentez le délai maximal des requêtes (network/requestDeadlineSeconds dans les paramètres).</translation>
    </message>
    <message>
        <source>Credentials are sent only to the configured endpoints. Check the endpoint URLs and whether a proxy or gateway redirects the requests.</source>
        <translation>Les informations d&apos;identification ne sont envoyées qu&apos;aux points de terminaison configurés. Vérifiez les URL des points de terminaison et si un proxy ou une passerelle redirige les requêtes.</translation>
    </message>
    <message>
        <source>the answer is larger than %1; not read</source>
        <translation>la réponse dépasse %1&#xa0;; elle n&apos;est pas lue</translation>
    </message>
    <message>
        <source>The stored authentication key is not available.</source>
        <translation>La clé d&apos;authentification enregistrée n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Type the authentication key again.</source>
        <translation>Saisissez de nouveau la clé d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>atc::AzureSession</name>
    <message>
        <source>the directory ID and the application ID are required</source>
        <translation>l&apos;ID de l&apos;annuaire et l&apos;ID d&apos;application sont obligatoires</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with https://</source>
        <translation>&apos;%1&apos; doit commencer par https://</translation>
    </message>
    <message>
        <source>plain http:// is allowed only for this computer; use https:// for %1</source>
        <translation>le simple http:// n&apos;est autorisé que pour cet ordinateur&#xa0;; utilisez https:// pour %1</translation>
    </message>
    <message>
        <source>the CA certificate file %1 does not exist</source>
        <translation>le fichier de certificat d&apos;AC %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the CA certificate file %1 is not a regular file</source>
        <translation>le fichier de certificat d&apos;AC %1 n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the CA certificate file %1 is larger than %2 MiB; a PEM file of CA certificates is far smaller</source>
        <translation>le fichier de certificat d&apos;AC %1 dépasse %2 Mio&#xa0;; un fichier PEM de certificats d&apos;AC est bien plus petit</translation>
    </message>
    <message>
        <source>the CA certificate file %1 cannot be read: %2</source>
        <translation>le fichier de certificat d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the CA certificate file %1 holds no PEM certificate</source>
        <translation>le fichier de certificat d&apos;AC %1 ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>atc::BasicDetailsPage</name>
    <message>
        <source>Basic Details</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>Name the tenant connector and choose what it collects.</source>
        <translation>Nommez le connecteur de locataire et choisissez ce qu&apos;il collecte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Contoso production tenant</source>
        <translation>p. ex. locataire de production Contoso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional: what this connector covers and who owns it.</source>
        <translation>Facultatif&#xa0;: ce que couvre ce connecteur et qui en est responsable.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>We recommend a unique name that says which tenant this is.</source>
        <translation>Nous recommandons un nom unique qui indique de quel locataire il s&apos;agit.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>AssetView: &amp;Asset Inventory</source>
        <translation>AssetView&#xa0;: inventaire des &amp;actifs</translation>
    </message>
    <message>
        <source>Always on: every tenant connector inventories assets.</source>
        <translation>Toujours activé&#xa0;: chaque connecteur de locataire inventorie les actifs.</translation>
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
        <translation>Toujours activé&#xa0;: chaque connecteur de locataire inventorie les actifs de ses abonnements, cette option ne peut donc pas être désactivée.</translation>
    </message>
    <message>
        <source>Fills the cloud inventory with the full configuration of every resource, for posture assessment.</source>
        <translation>Remplit l&apos;inventaire cloud avec la configuration complète de chaque ressource, pour l&apos;évaluation de la posture.</translation>
    </message>
    <message>
        <source>Enable &amp;Remediation</source>
        <translation>Activer la co&amp;rrection</translation>
    </message>
    <message>
        <source>Enable Remediation</source>
        <translation>Activer la correction</translation>
    </message>
    <message>
        <source>Remediation needs additional write permissions on the subscriptions (Contributor level). Test Connection on the next page checks them.</source>
        <translation>La correction nécessite des autorisations d&apos;écriture supplémentaires sur les abonnements (niveau Contributeur). Le test de connexion de la page suivante les vérifie.</translation>
    </message>
</context>
<context>
    <name>atc::ConfirmationPage</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>toutes les %1 heures</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Check the settings, then create the connector.</source>
        <translation>Vérifiez les paramètres, puis créez le connecteur.</translation>
    </message>
    <message>
        <source>Summary of the connector</source>
        <translation>Récapitulatif du connecteur</translation>
    </message>
    <message>
        <source>&amp;Save Connector</source>
        <translation>&amp;Enregistrer le connecteur</translation>
    </message>
    <message>
        <source>&amp;Create Connector</source>
        <translation>&amp;Créer le connecteur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Basic Details</source>
        <translation>Informations de base</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Asset Inventory, CSPM</source>
        <translation>Inventaire des actifs, CSPM</translation>
    </message>
    <message>
        <source>Asset Inventory</source>
        <translation>Inventaire des actifs</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Tenant Details</source>
        <translation>Détails du locataire</translation>
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
        <translation>Azure Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Sign-in URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Certificat d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>Tenant polling</source>
        <translation>Interrogation du locataire</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <source>Directory ID</source>
        <translation>ID de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Authentication key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>Set (stored in the keychain on Create)</source>
        <translation>Définie (enregistrée dans le trousseau lors de la création)</translation>
    </message>
    <message>
        <source>Set (kept from the keychain)</source>
        <translation>Définie (conservée depuis le trousseau)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Subscription Details</source>
        <translation>Détails des abonnements</translation>
    </message>
    <message>
        <source>Subscription polling</source>
        <translation>Interrogation des abonnements</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Préfixe des noms de connecteurs</translation>
    </message>
    <message>
        <source>Connector Details</source>
        <translation>Détails du connecteur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>All management groups</source>
        <translation>Tous les groupes d&apos;administration</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Groupes exclus</translation>
    </message>
    <message>
        <source>Selected management groups</source>
        <translation>Groupes d&apos;administration sélectionnés</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Groupes sélectionnés</translation>
    </message>
    <message>
        <source>Create connectors for new accounts</source>
        <translation>Créer des connecteurs pour les nouveaux comptes</translation>
    </message>
    <message>
        <source>Detach and disable for deleted accounts</source>
        <translation>Détacher et désactiver pour les comptes supprimés</translation>
    </message>
    <message>
        <source>Subscription connectors to create</source>
        <translation>Connecteurs d&apos;abonnement à créer</translation>
    </message>
    <message>
        <source>Disabled subscriptions skipped</source>
        <translation>Abonnements désactivés ignorés</translation>
    </message>
    <message>
        <source>Names made unique</source>
        <translation>Noms rendus uniques</translation>
    </message>
    <message>
        <source>Subscriptions out of scope</source>
        <translation>Abonnements hors étendue</translation>
    </message>
    <message>
        <source>Tags and Activation</source>
        <translation>Étiquettes et activation</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>Analyse des VM</translation>
    </message>
    <message>
        <source>Yes, with the global scan configuration</source>
        <translation>Oui, avec la configuration d&apos;analyse globale</translation>
    </message>
    <message>
        <source>Yes: %1 at %2 (%3)</source>
        <translation>Oui&#xa0;: %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Analyse du périmètre cloud</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Conformité aux stratégies</translation>
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
        <translation>Étiquettes d&apos;actifs</translation>
    </message>
    <message>
        <source>Tag rule %1</source>
        <translation>Règle d&apos;étiquetage %1</translation>
    </message>
    <message>
        <source>when %1 %2 &quot;%3&quot;, apply %4</source>
        <translation>si %1 %2 « %3 », appliquer %4</translation>
    </message>
    <message>
        <source>Assign Tags</source>
        <translation>Attribuer des étiquettes</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Étiquettes du connecteur</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>Enregistrement du profil…</translation>
    </message>
    <message>
        <source>Reading the stored authentication key…</source>
        <translation>Lecture de la clé d&apos;authentification enregistrée…</translation>
    </message>
    <message>
        <source>Storing the authentication key in the keychain…</source>
        <translation>Enregistrement de la clé d&apos;authentification dans le trousseau…</translation>
    </message>
    <message>
        <source>Creating the subscription connectors…</source>
        <translation>Création des connecteurs d&apos;abonnement…</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; was saved.</source>
        <translation>Le connecteur « %1 » a été enregistré.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create on this com&amp;puter (runs here)</source>
        <translation>Créer sur cet &amp;ordinateur (s&apos;exécute ici)</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Compte Qualys</translation>
    </message>
    <message>
        <source>&amp;Retry on Qualys</source>
        <translation>&amp;Réessayer sur Qualys</translation>
    </message>
    <message>
        <source>Create on &amp;Qualys</source>
        <translation>Créer sur &amp;Qualys</translation>
    </message>
    <message>
        <source>Create on &amp;Qualys %1</source>
        <translation>Créer sur &amp;Qualys %1</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Ajoutez un compte Qualys dans Paramètres ▸ Comptes Qualys.</translation>
    </message>
    <message>
        <source>Cannot be created on Qualys: %1</source>
        <translation>Impossible de créer sur Qualys&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>To create it on Qualys too, add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Pour le créer aussi sur Qualys, ajoutez un compte Qualys dans Paramètres ▸ Comptes Qualys.</translation>
    </message>
    <message>
        <source>Choose where to create the connector: on this computer, on Qualys, or both.</source>
        <translation>Choisissez où créer le connecteur&#xa0;: sur cet ordinateur, sur Qualys, ou les deux.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Yes: saved and run here</source>
        <translation>Oui&#xa0;: enregistré et exécuté ici</translation>
    </message>
    <message>
        <source>Saved only to remember the Qualys connector; not run</source>
        <translation>Enregistré uniquement pour mémoriser le connecteur Qualys&#xa0;; non exécuté</translation>
    </message>
    <message>
        <source>On Qualys</source>
        <translation>Sur Qualys</translation>
    </message>
    <message>
        <source>%1: updates tenant connector %2</source>
        <translation>%1&#xa0;: met à jour le connecteur de locataire %2</translation>
    </message>
    <message>
        <source>%1: creates the tenant connector</source>
        <translation>%1&#xa0;: crée le connecteur de locataire</translation>
    </message>
    <message>
        <source>Qualys tag ids</source>
        <translation>ID des étiquettes Qualys</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading the authentication key for Qualys…</source>
        <translation>Lecture de la clé d&apos;authentification pour Qualys…</translation>
    </message>
    <message>
        <source>Signing in to Qualys %1…</source>
        <translation>Connexion à Qualys %1…</translation>
    </message>
    <message>
        <source>The Qualys id could not be saved in the profile: %1</source>
        <translation>L&apos;ID Qualys n&apos;a pas pu être enregistré dans le profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created on Qualys %1: tenant connector id %2.</source>
        <translation>Créé sur Qualys %1&#xa0;: ID du connecteur de locataire %2.</translation>
    </message>
    <message>
        <source>Updated on Qualys %1: tenant connector id %2.</source>
        <translation>Mis à jour sur Qualys %1&#xa0;: ID du connecteur de locataire %2.</translation>
    </message>
    <message>
        <source>Created on Qualys %1; the platform gave no id. The next push looks it up by name instead of creating another.</source>
        <translation>Créé sur Qualys %1&#xa0;; la plateforme n&apos;a renvoyé aucun ID. Le prochain envoi le recherchera par son nom au lieu d&apos;en créer un autre.</translation>
    </message>
    <message>
        <source>The connector &quot;%1&quot; was created on this computer and is kept; creating it on Qualys %2 failed.</source>
        <translation>Le connecteur « %1 » a été créé sur cet ordinateur et est conservé&#xa0;; sa création sur Qualys %2 a échoué.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was saved on this computer (not run here); creating it on Qualys %2 failed.</source>
        <translation>Le profil « %1 » a été enregistré sur cet ordinateur (non exécuté ici)&#xa0;; sa création sur Qualys %2 a échoué.</translation>
    </message>
    <message>
        <source>Retry here, or later with Push changes in the main window&apos;s Qualys tab.</source>
        <translation>Réessayez ici, ou plus tard avec Envoyer les modifications dans l&apos;onglet Qualys de la fenêtre principale.</translation>
    </message>
    <message>
        <source>Subscription connectors</source>
        <translation>Connecteurs d&apos;abonnement</translation>
    </message>
    <message>
        <source>Not previewed (the tenant was not read); the next run applies the scope</source>
        <translation>Pas d&apos;aperçu (le locataire n&apos;a pas été lu)&#xa0;; la prochaine exécution applique l&apos;étendue</translation>
    </message>
    <message>
        <source>Subscription connectors kept</source>
        <translation>Connecteurs d&apos;abonnement conservés</translation>
    </message>
    <message>
        <source>Subscription connectors disabled or no longer run</source>
        <translation>Connecteurs d&apos;abonnement désactivés ou qui ne sont plus exécutés</translation>
    </message>
</context>
<context>
    <name>atc::ConnectionTester</name>
    <message>
        <source>Contacting %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Microsoft Entra ID answered.</source>
        <translation>Microsoft Entra ID a répondu.</translation>
    </message>
    <message>
        <source>The app signed in with its authentication key.</source>
        <translation>L&apos;application s&apos;est connectée avec sa clé d&apos;authentification.</translation>
    </message>
    <message numerus="yes">
        <source>Read the Tenant Root Group and %n management group(s) below it.</source>
        <translation>
            <numerusform>Groupe d&apos;administration racine et %n groupe d&apos;administration enfant lus.</numerusform>
            <numerusform>Groupe d&apos;administration racine et %n groupes d&apos;administration enfants lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n readable management group(s) are shown.</source>
        <translation>
            <numerusform>Seul %n groupe d&apos;administration lisible est affiché.</numerusform>
            <numerusform>Seuls %n groupes d&apos;administration lisibles sont affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The app cannot see any subscription.</source>
        <translation>L&apos;application ne voit aucun abonnement.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) visible</source>
        <translation>
            <numerusform>%n abonnement visible</numerusform>
            <numerusform>%n abonnements visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled or deleted (reported, not connected).</source>
        <translation>
            <numerusform>%n désactivé ou supprimé (signalé, non connecté).</numerusform>
            <numerusform>%n désactivés ou supprimés (signalés, non connectés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) visible.</source>
        <translation>
            <numerusform>%n abonnement visible.</numerusform>
            <numerusform>%n abonnements visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>For remediation, assign the Contributor role to the app on the Tenant Root Group (scope %1).</source>
        <translation>Pour la correction, attribuez le rôle Contributeur à l&apos;application sur le groupe d&apos;administration racine (étendue %1).</translation>
    </message>
    <message>
        <source>The app&apos;s permissions could not be read: %1</source>
        <translation>Les autorisations de l&apos;application n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The app may change resources at %1.</source>
        <translation>L&apos;application peut modifier les ressources sur %1.</translation>
    </message>
    <message>
        <source>The app may only read at %1; remediation will not work.</source>
        <translation>L&apos;application peut seulement lire sur %1&#xa0;; la correction ne fonctionnera pas.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID reachable</source>
        <translation>Microsoft Entra ID accessible</translation>
    </message>
    <message>
        <source>Sign-in with the authentication key</source>
        <translation>Connexion avec la clé d&apos;authentification</translation>
    </message>
    <message>
        <source>Management groups from the Tenant Root Group</source>
        <translation>Groupes d&apos;administration depuis le groupe racine</translation>
    </message>
    <message>
        <source>Subscriptions visible</source>
        <translation>Abonnements visibles</translation>
    </message>
    <message>
        <source>Write permission for remediation</source>
        <translation>Autorisation d&apos;écriture pour la correction</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorDetailsPage</name>
    <message>
        <source>Connector Details</source>
        <translation>Détails du connecteur</translation>
    </message>
    <message>
        <source>Choose which management groups the connector covers. The preview below lists the subscription connectors that Create will make.</source>
        <translation>Choisissez les groupes d&apos;administration couverts par le connecteur. L&apos;aperçu ci-dessous liste les connecteurs d&apos;abonnement que la création va produire.</translation>
    </message>
    <message>
        <source>&amp;All management groups</source>
        <translation>&amp;Tous les groupes d&apos;administration</translation>
    </message>
    <message>
        <source>Se&amp;lect management groups</source>
        <translation>Sé&amp;lectionner des groupes d&apos;administration</translation>
    </message>
    <message>
        <source>Search management groups</source>
        <translation>Rechercher des groupes d&apos;administration</translation>
    </message>
    <message>
        <source>Search by name or ID</source>
        <translation>Rechercher par nom ou ID</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Management groups to include</source>
        <translation>Groupes d&apos;administration à inclure</translation>
    </message>
    <message>
        <source>Management groups to exclude</source>
        <translation>Groupes d&apos;administration à exclure</translation>
    </message>
    <message>
        <source>Automatically &amp;create connectors for new accounts</source>
        <translation>&amp;Créer automatiquement des connecteurs pour les nouveaux comptes</translation>
    </message>
    <message>
        <source>&amp;Detach and Disable connectors for deleted accounts</source>
        <translation>&amp;Détacher et désactiver les connecteurs des comptes supprimés</translation>
    </message>
    <message>
        <source>Preview of the subscription connectors</source>
        <translation>Aperçu des connecteurs d&apos;abonnement</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Exclude management groups (their whole subtree):</source>
        <translation>Exclure des groupes d&apos;administration (avec toute leur sous-arborescence)&#xa0;:</translation>
    </message>
    <message>
        <source>Select management groups (their whole subtree):</source>
        <translation>Sélectionner des groupes d&apos;administration (avec toute leur sous-arborescence)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription connector(s) will be created</source>
        <translation>
            <numerusform>%n connecteur d&apos;abonnement sera créé</numerusform>
            <numerusform>%n connecteurs d&apos;abonnement seront créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n disabled subscription(s) skipped</source>
        <translation>
            <numerusform>&#xa0;; %n abonnement désactivé ignoré</numerusform>
            <numerusform>&#xa0;; %n abonnements désactivés ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n name(s) made unique with a number</source>
        <translation>
            <numerusform>&#xa0;; %n nom rendu unique par un numéro</numerusform>
            <numerusform>&#xa0;; %n noms rendus uniques par un numéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n subscription(s) out of scope</source>
        <translation>
            <numerusform>&#xa0;; %n abonnement hors étendue</numerusform>
            <numerusform>&#xa0;; %n abonnements hors étendue</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the tenant for the preview…</source>
        <translation>Lecture du locataire pour l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The preview needs the tenant: run Test Connection on Tenant Details.</source>
        <translation>L&apos;aperçu a besoin du locataire&#xa0;: lancez le test de connexion dans Détails du locataire.</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s) kept</source>
        <translation>
            <numerusform>%n connecteur conservé</numerusform>
            <numerusform>%n connecteurs conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n created</source>
        <translation>
            <numerusform>, %n créé</numerusform>
            <numerusform>, %n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n disabled or no longer run</source>
        <translation>
            <numerusform>, %n désactivé ou qui n&apos;est plus exécuté</numerusform>
            <numerusform>, %n désactivés ou qui ne sont plus exécutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new subscription(s) left without a connector (automatic creation is off)</source>
        <translation>
            <numerusform>&#xa0;; %n nouvel abonnement reste sans connecteur (la création automatique est désactivée)</numerusform>
            <numerusform>&#xa0;; %n nouveaux abonnements restent sans connecteur (la création automatique est désactivée)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::ConnectorDraft</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorLifecycle</name>
    <message>
        <source>The profile could not be saved, so nothing was created: %1</source>
        <translation>Le profil n&apos;a pas pu être enregistré, rien n&apos;a donc été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type the authentication key again.</source>
        <translation>Saisissez de nouveau la clé d&apos;authentification.</translation>
    </message>
    <message>
        <source>The authentication key could not be stored in the keychain, so the connector was not created: %1</source>
        <translation>La clé d&apos;authentification n&apos;a pas pu être enregistrée dans le trousseau, le connecteur n&apos;a donc pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The subscription connectors could not be created: %1</source>
        <translation>Les connecteurs d&apos;abonnement n&apos;ont pas pu être créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The authentication key could not be removed from the keychain: %1</source>
        <translation>La clé d&apos;authentification n&apos;a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connector was kept because its authentication key could not be removed from the keychain: %1</source>
        <translation>Le connecteur a été conservé, car sa clé d&apos;authentification n&apos;a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connector could not be deleted: %1</source>
        <translation>Le connecteur n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory of the connector could not be deleted: %1</source>
        <translation>L&apos;inventaire du connecteur n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No inventory is open.</source>
        <translation>Aucun inventaire n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorRun</name>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>Tenant discovery failed: %1</source>
        <translation>La découverte du locataire a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The subscription&apos;s resources were not returned.</source>
        <translation>Les ressources de l&apos;abonnement n&apos;ont pas été renvoyées.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) could not be read.</source>
        <translation>
            <numerusform>%n abonnement n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n abonnements n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resource Graph returned no resources for subscription %1 (%2), but its resource list in Azure Resource Manager has %n: that list was used and no asset was removed. Check the app&apos;s access to Resource Graph for this subscription.</source>
        <translation>
            <numerusform>Resource Graph n&apos;a renvoyé aucune ressource pour l&apos;abonnement %1 (%2), mais sa liste de ressources dans Azure Resource Manager en compte %n&#xa0;: cette liste a été utilisée et aucun actif n&apos;a été supprimé. Vérifiez l&apos;accès de l&apos;application à Resource Graph pour cet abonnement.</numerusform>
            <numerusform>Resource Graph n&apos;a renvoyé aucune ressource pour l&apos;abonnement %1 (%2), mais sa liste de ressources dans Azure Resource Manager en compte %n&#xa0;: cette liste a été utilisée et aucun actif n&apos;a été supprimé. Vérifiez l&apos;accès de l&apos;application à Resource Graph pour cet abonnement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::ConnectorRuntime</name>
    <message>
        <source>The profile must be saved before its connectors are created.</source>
        <translation>Le profil doit être enregistré avant la création de ses connecteurs.</translation>
    </message>
    <message>
        <source>The connectors of this profile were already created.</source>
        <translation>Les connecteurs de ce profil ont déjà été créés.</translation>
    </message>
    <message>
        <source>No authentication key is available.</source>
        <translation>Aucune clé d&apos;authentification n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
    <message>
        <source>The tenant connector &quot;%1&quot; is disabled, so it does not run — neither on its schedule nor on demand. Enable it first; it then runs on its normal schedule.</source>
        <translation>Le connecteur de locataire « %1 » est désactivé : il ne s&apos;exécute pas, ni selon sa planification ni à la demande. Activez-le d&apos;abord ; il s&apos;exécutera ensuite selon sa planification habituelle.</translation>
    </message>
    <message>
        <source>A run of this connector is already in progress.</source>
        <translation>Une exécution de ce connecteur est déjà en cours.</translation>
    </message>
    <message>
        <source>Nothing to run: the selected connectors are disabled or flagged.</source>
        <translation>Rien à exécuter&#xa0;: les connecteurs sélectionnés sont désactivés ou signalés.</translation>
    </message>
    <message>
        <source>This tenant connector does not run because its profile is not valid: %1</source>
        <translation>Ce connecteur de locataire ne s&apos;exécute pas, car son profil n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run could not start.</source>
        <translation>L&apos;exécution n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorState</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished successfully</source>
        <translation>Terminé avec succès</translation>
    </message>
    <message>
        <source>Finished with errors</source>
        <translation>Terminé avec des erreurs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorTableModel</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The management-group path is filled in by the next run of the tenant connector.</source>
        <translation>Le chemin du groupe d&apos;administration est renseigné par la prochaine exécution du connecteur de locataire.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Management group path</source>
        <translation>Chemin du groupe d&apos;administration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorTableView</name>
    <message>
        <source>Subscription connectors</source>
        <translation>Connecteurs d&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>atc::ConnectorWizard</name>
    <message>
        <source>Create Connector</source>
        <translation>Créer un connecteur</translation>
    </message>
    <message>
        <source>Edit Connector</source>
        <translation>Modifier le connecteur</translation>
    </message>
    <message>
        <source>Duplicate Connector</source>
        <translation>Dupliquer le connecteur</translation>
    </message>
    <message>
        <source>&amp;Save Connector</source>
        <translation>&amp;Enregistrer le connecteur</translation>
    </message>
    <message>
        <source>&amp;Create Connector</source>
        <translation>&amp;Créer le connecteur</translation>
    </message>
    <message>
        <source>Discard the changes to this connector?</source>
        <translation>Abandonner les modifications de ce connecteur&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered in this wizard is lost.</source>
        <translation>Ce que vous avez saisi dans cet assistant sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
</context>
<context>
    <name>atc::CreateTagDialog</name>
    <message>
        <source>Create Tag</source>
        <translation>Créer une étiquette</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nom de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Étiquette parente</translation>
    </message>
    <message>
        <source>(none: a top-level tag)</source>
        <translation>(aucune&#xa0;: étiquette de premier niveau)</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Description de l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Create &amp;Tag</source>
        <translation>Créer l&apos;é&amp;tiquette</translation>
    </message>
    <message>
        <source>Enter a name for the tag.</source>
        <translation>Entrez un nom pour l&apos;étiquette.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists.</source>
        <translation>Une étiquette nommée « %1 » existe déjà.</translation>
    </message>
</context>
<context>
    <name>atc::DeleteConnectorDialog</name>
    <message>
        <source>Delete Connector</source>
        <translation>Supprimer le connecteur</translation>
    </message>
    <message>
        <source>Delete the tenant connector &quot;%1&quot;? Its profile and its authentication key are removed.</source>
        <translation>Supprimer le connecteur de locataire « %1 »&#xa0;? Son profil et sa clé d&apos;authentification sont supprimés.</translation>
    </message>
    <message>
        <source>Also delete its &amp;inventory and run history</source>
        <translation>Supprimer aussi son &amp;inventaire et l&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>atc::DraftPage</name>
    <message>
        <source>The tag could not be saved: %1</source>
        <translation>L&apos;étiquette n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>atc::EmptyStatePage</name>
    <message>
        <source>No tenant connectors yet</source>
        <translation>Aucun connecteur de locataire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Azure Tenant Connector connects a whole Azure tenant (Entra directory) to your asset inventory. It discovers the tenant&apos;s management groups and subscriptions, keeps one subscription connector per subscription up to date, and tags what it finds.

To begin, create a connector for your tenant: you need an app registration with a client secret and Reader access. No Azure account at hand? Try the built-in sandbox tenant.</source>
        <translation>Azure Tenant Connector relie un locataire Azure entier (annuaire Entra) à votre inventaire des actifs. Il découvre les groupes d&apos;administration et les abonnements du locataire, tient à jour un connecteur d&apos;abonnement par abonnement et étiquette ce qu&apos;il trouve.

Pour commencer, créez un connecteur pour votre locataire&#xa0;: il vous faut une inscription d&apos;application avec un secret client et un accès Lecteur. Pas de compte Azure sous la main&#xa0;? Essayez le locataire sandbox intégré.</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox Tenant</source>
        <translation>Essayer le locataire &amp;sandbox</translation>
    </message>
    <message>
        <source>C&amp;reate Connector…</source>
        <translation>C&amp;réer un connecteur…</translation>
    </message>
</context>
<context>
    <name>atc::ExportStatus</name>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Exportation %p&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation en cours</translation>
    </message>
    <message>
        <source>An export is running. Wait for it or cancel it first.</source>
        <translation>Une exportation est en cours. Attendez sa fin ou annulez-la d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n perimeter target(s) to %1.</source>
        <translation>
            <numerusform>%n cible du périmètre exportée vers %1.</numerusform>
            <numerusform>%n cibles du périmètre exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n asset(s) to %1.</source>
        <translation>
            <numerusform>%n actif exporté vers %1.</numerusform>
            <numerusform>%n actifs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not changed.</source>
        <translation>Exportation annulée&#xa0;; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The perimeter targets could not be exported: %1</source>
        <translation>Les cibles du périmètre n&apos;ont pas pu être exportées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inventory could not be exported: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>atc::FlagReason</name>
    <message>
        <source>The subscription no longer exists in the tenant.</source>
        <translation>L&apos;abonnement n&apos;existe plus dans le locataire.</translation>
    </message>
    <message>
        <source>The subscription is disabled.</source>
        <translation>L&apos;abonnement est désactivé.</translation>
    </message>
    <message>
        <source>The subscription moved out of the connector&apos;s scope.</source>
        <translation>L&apos;abonnement est sorti de l&apos;étendue du connecteur.</translation>
    </message>
</context>
<context>
    <name>atc::HelpWindow</name>
    <message>
        <source>Azure Tenant Connector Help</source>
        <translation>Aide d&apos;Azure Tenant Connector</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Page d&apos;aide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of the built-in help; it is in the docs folder of the source code.</source>
        <translation>« %1 » ne fait pas partie de l&apos;aide intégrée&#xa0;; il se trouve dans le dossier docs du code source.</translation>
    </message>
</context>
<context>
    <name>atc::InventoryBrowser</name>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation>Filtrer par emplacement</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by activated module</source>
        <translation>Filtrer par module activé</translation>
    </message>
    <message>
        <source>Show &amp;removed</source>
        <translation>Afficher les éléments &amp;supprimés</translation>
    </message>
    <message>
        <source>Search name, resource group or id</source>
        <translation>Rechercher un nom, un groupe de ressources ou un ID</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>Rechercher des actifs</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Détails de l&apos;actif</translation>
    </message>
    <message>
        <source>Select an asset to see its Azure metadata.</source>
        <translation>Sélectionnez un actif pour afficher ses métadonnées Azure.</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>Analyse des VM</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Conformité aux stratégies</translation>
    </message>
    <message>
        <source>SCA</source>
        <translation>SCA</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Analyse du périmètre cloud</translation>
    </message>
    <message>
        <source>CertView</source>
        <translation>CertView</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>This asset is no longer in the inventory.</source>
        <translation>Cet actif n&apos;est plus dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>ID de ressource</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre (kind)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connecteur</translation>
    </message>
    <message>
        <source>Activated modules</source>
        <translation>Modules activés</translation>
    </message>
    <message>
        <source>Public IP addresses</source>
        <translation>Adresses IP publiques</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>Noms DNS</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Azure tags:</source>
        <translation>Étiquettes Azure&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration (CSPM):</source>
        <translation>Configuration (CSPM)&#xa0;:</translation>
    </message>
    <message>
        <source>No configuration stored (CSPM is off for this connector).</source>
        <translation>Aucune configuration enregistrée (CSPM est désactivé pour ce connecteur).</translation>
    </message>
    <message>
        <source>Loading assets</source>
        <translation>Chargement des actifs</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>atc::InventoryDatabase</name>
    <message>
        <source>Inventory database %1: %2 (%3)</source>
        <translation>Base de données d&apos;inventaire %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>statement failed</source>
        <translation>échec de l&apos;instruction</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>was written by a newer version of the application</source>
        <translation>a été écrite par une version plus récente de l&apos;application</translation>
    </message>
    <message>
        <source>schema %1, this version knows %2</source>
        <translation>schéma %1, cette version connaît %2</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>échec de la migration</translation>
    </message>
    <message>
        <source>cannot save connector %1</source>
        <translation>impossible d&apos;enregistrer le connecteur %1</translation>
    </message>
    <message>
        <source>cannot save connectors</source>
        <translation>impossible d&apos;enregistrer les connecteurs</translation>
    </message>
    <message>
        <source>cannot set connector states</source>
        <translation>impossible de définir l&apos;état des connecteurs</translation>
    </message>
    <message>
        <source>cannot save the tenant connector state</source>
        <translation>impossible d&apos;enregistrer l&apos;état du connecteur de locataire</translation>
    </message>
    <message>
        <source>cannot read the inventory</source>
        <translation>impossible de lire l&apos;inventaire</translation>
    </message>
    <message>
        <source>cannot insert an asset</source>
        <translation>impossible d&apos;insérer un actif</translation>
    </message>
    <message>
        <source>cannot update an asset</source>
        <translation>impossible de mettre à jour un actif</translation>
    </message>
    <message>
        <source>cannot tag an asset</source>
        <translation>impossible d&apos;étiqueter un actif</translation>
    </message>
    <message>
        <source>cannot activate an asset</source>
        <translation>impossible d&apos;activer un actif</translation>
    </message>
    <message>
        <source>cannot mark an asset removed</source>
        <translation>impossible de marquer un actif comme supprimé</translation>
    </message>
    <message>
        <source>cannot update a connector</source>
        <translation>impossible de mettre à jour un connecteur</translation>
    </message>
    <message>
        <source>cannot commit the inventory</source>
        <translation>impossible de valider l&apos;inventaire</translation>
    </message>
    <message>
        <source>cannot record the run</source>
        <translation>impossible d&apos;enregistrer l&apos;exécution</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d&apos;écrire</translation>
    </message>
    <message>
        <source>the SQLite driver gives no database handle</source>
        <translation>le pilote SQLite ne fournit aucun descripteur de base de données</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>impossible de préparer une instruction</translation>
    </message>
    <message>
        <source>the write was interrupted</source>
        <translation>l&apos;écriture a été interrompue</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged (%2). Restore it from a backup, or delete it (with its -wal and -shm files) to rebuild it on the next run.</source>
        <translation>L&apos;inventaire %1 est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde, ou supprimez-le (avec ses fichiers -wal et -shm) pour qu&apos;il soit reconstruit à la prochaine exécution.</translation>
    </message>
    <message>
        <source>The inventory %1 cannot be read: %2</source>
        <translation>L&apos;inventaire %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>impossible de créer le fichier</translation>
    </message>
    <message>
        <source>Interrupted: the process running it ended before the run finished (it was killed, crashed or the computer stopped). Its changes up to then were kept.</source>
        <translation>Interrompue&#xa0;: le processus qui l&apos;exécutait s&apos;est terminé avant la fin de l&apos;exécution (il a été tué, s&apos;est arrêté brutalement ou l&apos;ordinateur s&apos;est arrêté). Les modifications effectuées jusque-là ont été conservées.</translation>
    </message>
    <message>
        <source>cannot delete the inventory of the connector</source>
        <translation>impossible de supprimer l&apos;inventaire du connecteur</translation>
    </message>
</context>
<context>
    <name>atc::InventoryExportJob</name>
    <message>
        <source>The inventory could not be opened: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>atc::InventoryModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Subscription connector</source>
        <translation>Connecteur d&apos;abonnement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Activated modules</source>
        <translation>Modules activés</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vu pour la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>atc::InventoryWriter</name>
    <message>
        <source>The inventory write was interrupted.</source>
        <translation>L&apos;écriture de l&apos;inventaire a été interrompue.</translation>
    </message>
</context>
<context>
    <name>atc::IssueLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
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
        <translation>Progression de l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>The inventory could not be opened: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Nouveau connecteur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>E&amp;xport Profile…</source>
        <translation>E&amp;xporter le profil…</translation>
    </message>
    <message>
        <source>Export Inventory as &amp;CSV…</source>
        <translation>Exporter l&apos;inventaire en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Inventory as &amp;JSON…</source>
        <translation>Exporter l&apos;inventaire en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;Perimeter Targets…</source>
        <translation>Exporter les cibles du &amp;périmètre…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Connecteur</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Tenant connectors</source>
        <translation>Connecteurs de locataire</translation>
    </message>
    <message>
        <source>Filter subscription connectors</source>
        <translation>Filtrer les connecteurs d&apos;abonnement</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Le fichier a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>A saved profile could not be loaded:</source>
        <translation>Un profil enregistré n&apos;a pas pu être chargé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 saved profiles could not be loaded:</source>
        <translation>%1 profils enregistrés n&apos;ont pas pu être chargés&#xa0;:</translation>
    </message>
    <message>
        <source>The connector runtime is not available.</source>
        <translation>Le moteur d&apos;exécution des connecteurs n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot;</source>
        <translation>Connecteur de locataire « %1 »</translation>
    </message>
    <message>
        <source>last run: %1</source>
        <translation>dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>next run: %1</source>
        <translation>prochaine exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à exécuter maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) in scope</source>
        <translation>
            <numerusform>%n abonnement dans l&apos;étendue</numerusform>
            <numerusform>%n abonnements dans l&apos;étendue</numerusform>
        </translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>pas encore exécuté</translation>
    </message>
    <message>
        <source>&amp;Run Selected Now</source>
        <translation>&amp;Exécuter la sélection maintenant</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started.</source>
        <translation>Le locataire sandbox n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The first run of &quot;%1&quot; could not start.</source>
        <translation>La première exécution de « %1 » n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The connectors could not be changed: %1</source>
        <translation>Les connecteurs n&apos;ont pas pu être modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Connector profiles (*.json)</source>
        <translation>Profils de connecteur (*.json)</translation>
    </message>
    <message>
        <source>The profile could not be imported: %1</source>
        <translation>Le profil n&apos;a pas pu être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;. Edit it to enter its authentication key.</source>
        <translation>« %1 » a été importé. Modifiez-le pour saisir sa clé d&apos;authentification.</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>Le profil n&apos;a pas pu être exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Inventory</source>
        <translation>Exporter l&apos;inventaire</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Perimeter Targets</source>
        <translation>Exporter les cibles du périmètre</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Exécution de « %1 »…</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; was cancelled; its previous inventory is kept.</source>
        <translation>L&apos;exécution de « %1 » a été annulée&#xa0;; son inventaire précédent est conservé.</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; ended: %2 (%3 created, %4 updated, %5 removed).</source>
        <translation>L&apos;exécution de « %1 » est terminée&#xa0;: %2 (%3 créés, %4 mis à jour, %5 supprimés).</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Tag Catalogue…</source>
        <translation>Catalogue d&apos;é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>E&amp;nable Tenant Connector</source>
        <translation>Ac&amp;tiver le connecteur de locataire</translation>
    </message>
    <message>
        <source>Di&amp;sable Tenant Connector</source>
        <translation>&amp;Désactiver le connecteur de locataire</translation>
    </message>
    <message>
        <source>next run: none while disabled</source>
        <translation>prochaine exécution : aucune tant que désactivé</translation>
    </message>
    <message>
        <source>This tenant connector is disabled, so it does not run. Enable it first (Connector ▸ Enable Tenant Connector).</source>
        <translation>Ce connecteur de locataire est désactivé : il ne s&apos;exécute pas. Activez-le d&apos;abord (Connecteur ▸ Activer le connecteur de locataire).</translation>
    </message>
    <message>
        <source>E&amp;nable Subscription Connectors</source>
        <translation>Ac&amp;tiver les connecteurs d&apos;abonnement</translation>
    </message>
    <message>
        <source>Di&amp;sable Subscription Connectors</source>
        <translation>&amp;Désactiver les connecteurs d&apos;abonnement</translation>
    </message>
    <message>
        <source>The tenant connector could not be changed: %1</source>
        <translation>Le connecteur de locataire n&apos;a pas pu être modifié : %1</translation>
    </message>
    <message>
        <source>&amp;Qualys</source>
        <translation>&amp;Qualys</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>&amp;About Azure Tenant Connector</source>
        <translation>À &amp;propos d&apos;Azure Tenant Connector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Su&amp;bscription connectors</source>
        <translation>Connecteurs d&apos;a&amp;bonnement</translation>
    </message>
    <message>
        <source>Run his&amp;tory</source>
        <translation>His&amp;torique des exécutions</translation>
    </message>
    <message>
        <source>Copy Tenant Connector &amp;ID</source>
        <translation>Copier l&apos;&amp;ID du connecteur de locataire</translation>
    </message>
    <message>
        <source>Copy Subscription &amp;IDs</source>
        <translation>Copier les &amp;ID d&apos;abonnement</translation>
    </message>
    <message>
        <source>The run of &quot;%1&quot; reported:</source>
        <translation>L&apos;exécution de « %1 » a signalé&#xa0;:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>About Azure Tenant Connector</source>
        <translation>À propos d&apos;Azure Tenant Connector</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Reads the subscriptions and resources of Azure tenants into a local inventory and hands them to Qualys.</source>
        <translation>Lit les abonnements et les ressources des locataires Azure dans un inventaire local et les transmet à Qualys.</translation>
    </message>
    <message>
        <source>Licensed under the MIT licence.</source>
        <translation>Distribué sous licence MIT.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>atc::ManagementGroupTreeModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n subscription(s) in this group and below</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n abonnement dans ce groupe et en dessous</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n abonnements dans ce groupe et en dessous</numerusform>
        </translation>
    </message>
    <message>
        <source>Management group</source>
        <translation>Groupe d&apos;administration</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>ID du groupe</translation>
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
        <translation>aucun ID de connecteur d&apos;abonnement n&apos;a été fourni</translation>
    </message>
</context>
<context>
    <name>atc::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>atc::PreviewModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Skip (%1)</source>
        <translation>Ignorer (%1)</translation>
    </message>
    <message>
        <source>Create (renamed: name taken)</source>
        <translation>Créer (renommé&#xa0;: nom déjà pris)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; is %2: it is listed but no connector is created.</source>
        <translation>L&apos;abonnement « %1 » est à l&apos;état %2&#xa0;: il est listé, mais aucun connecteur n&apos;est créé.</translation>
    </message>
    <message>
        <source>Another subscription already gives this connector&apos;s plain name; it is named &quot;%1&quot; instead.</source>
        <translation>Un autre abonnement donne déjà le nom simple de ce connecteur&#xa0;; il est nommé « %1 » à la place.</translation>
    </message>
    <message>
        <source>Connector name</source>
        <translation>Nom du connecteur</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Subscription ID</source>
        <translation>ID d&apos;abonnement</translation>
    </message>
    <message>
        <source>Management group path</source>
        <translation>Chemin du groupe d&apos;administration</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep (enable again)</source>
        <translation>Conserver (réactiver)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Keep, not run</source>
        <translation>Conserver, sans exécution</translation>
    </message>
    <message>
        <source>Stays disabled</source>
        <translation>Reste désactivé</translation>
    </message>
    <message>
        <source>Not created (automatic creation is off)</source>
        <translation>Non créé (la création automatique est désactivée)</translation>
    </message>
    <message>
        <source>This connector exists and stays as it is.</source>
        <translation>Ce connecteur existe et reste tel quel.</translation>
    </message>
    <message>
        <source>This connector exists, was disabled, and is in scope again: it is enabled again.</source>
        <translation>Ce connecteur existe, était désactivé et se trouve de nouveau dans l&apos;étendue&#xa0;: il est réactivé.</translation>
    </message>
    <message>
        <source>A new subscription in scope: no connector is made for it because &quot;Automatically create connectors for new accounts&quot; is off.</source>
        <translation>Un nouvel abonnement dans l&apos;étendue&#xa0;: aucun connecteur n&apos;est créé pour lui, car « Créer automatiquement des connecteurs pour les nouveaux comptes » est désactivé.</translation>
    </message>
</context>
<context>
    <name>atc::PrivatePaths</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: a file of that name is in the way.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: un fichier portant ce nom occupe déjà l&apos;emplacement.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>atc::ProfileListModel</name>
    <message>
        <source>1 selected management group</source>
        <translation>1 groupe d&apos;administration sélectionné</translation>
    </message>
    <message>
        <source>%1 selected management groups</source>
        <translation>%1 groupes d&apos;administration sélectionnés</translation>
    </message>
    <message>
        <source>All management groups</source>
        <translation>Tous les groupes d&apos;administration</translation>
    </message>
    <message>
        <source>All management groups, 1 excluded</source>
        <translation>Tous les groupes d&apos;administration, 1 exclu</translation>
    </message>
    <message>
        <source>All management groups, %1 excluded</source>
        <translation>Tous les groupes d&apos;administration, %1 exclus</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: %1</source>
        <translation>ID de l&apos;annuaire (locataire)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Disabled: this tenant connector does not run, neither on its schedule nor on demand, until it is enabled again.</source>
        <translation>Désactivé : ce connecteur de locataire ne s&apos;exécute ni selon sa planification ni à la demande, jusqu&apos;à sa réactivation.</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message>
        <source>Not valid: this tenant connector does not run until its profile is corrected.
%1</source>
        <translation>Non valide&#xa0;: ce connecteur de locataire ne s&apos;exécute pas tant que son profil n&apos;est pas corrigé.
%1</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (non valide)</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Last run OK</source>
        <translation>Dernière exécution réussie</translation>
    </message>
    <message>
        <source>Last run with errors</source>
        <translation>Dernière exécution avec des erreurs</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Dernière exécution en échec</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>atc::ProfileStore</name>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>« %1 » est manquant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>« %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>« %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>« %1 » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings.</source>
        <translation>« %1 » doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time in ISO 8601 form.</source>
        <translation>« %1 » doit être une date et heure au format ISO 8601.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an unknown value &quot;%2&quot;.</source>
        <translation>« %1 » a une valeur inconnue « %2 ».</translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; is missing or not a positive number.</source>
        <translation>« schemaVersion » est manquant ou n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the application (schema version %1; this version knows %2). Update the application to open it; the file was left unchanged.</source>
        <translation>Le fichier a été écrit par une version plus récente de l&apos;application (version de schéma %1&#xa0;; cette version connaît %2). Mettez à jour l&apos;application pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file does not hold a JSON object.</source>
        <translation>Le fichier ne contient pas d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of numbers.</source>
        <translation>« %1 » doit être une liste de nombres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a time such as 02:30.</source>
        <translation>« %1 » doit être une heure telle que 02:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no profile with the id &quot;%1&quot;.</source>
        <translation>Aucun profil n&apos;a l&apos;ID « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; is not valid.</source>
        <translation>L&apos;ID de profil « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Import it under another name, or delete the existing profile first.</source>
        <translation>Un profil nommé « %1 » existe déjà. Importez-le sous un autre nom, ou supprimez d&apos;abord le profil existant.</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list.</source>
        <translation>« tags » doit être une liste.</translation>
    </message>
    <message>
        <source>%1: %2 It was moved to %3.</source>
        <translation>%1&#xa0;: %2 Le fichier a été déplacé vers %3.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not saved because it is not valid: %2</source>
        <translation>Le profil « %1 » n&apos;a pas été enregistré, car il n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the profile is not valid, nothing was imported: %2</source>
        <translation>%1&#xa0;: le profil n&apos;est pas valide, rien n&apos;a été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names platform &quot;%2&quot; twice.</source>
        <translation>« %1 » mentionne deux fois la plateforme « %2 ».</translation>
    </message>
</context>
<context>
    <name>atc::ProfileValidator</name>
    <message>
        <source>Enter a name for the connector.</source>
        <translation>Entrez un nom pour le connecteur.</translation>
    </message>
    <message>
        <source>Shorten the name to at most %1 characters (it has %2).</source>
        <translation>Raccourcissez le nom à %1 caractères au plus (il en compte %2).</translation>
    </message>
    <message>
        <source>A connector named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Un connecteur nommé « %1 » existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Shorten the description to at most %1 characters (it has %2).</source>
        <translation>Raccourcissez la description à %1 caractères au plus (elle en compte %2).</translation>
    </message>
    <message>
        <source>sign-in (authority) URL</source>
        <translation>URL de connexion (autorité)</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <source>Enter the %1 of the custom endpoint.</source>
        <translation>Entrez l&apos;%1 du point de terminaison personnalisé.</translation>
    </message>
    <message>
        <source>Enter the %1 as an absolute http or https URL, for example https://login.example.com.</source>
        <translation>Entrez l&apos;%1 sous forme d&apos;URL http ou https absolue, par exemple https://login.example.com.</translation>
    </message>
    <message>
        <source>Use https for the %1: plain http is only allowed for loopback addresses such as 127.0.0.1 or localhost.</source>
        <translation>Utilisez https pour l&apos;%1&#xa0;: le simple http n&apos;est autorisé que pour les adresses de bouclage telles que 127.0.0.1 ou localhost.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file by its full path, or leave it empty.</source>
        <translation>Indiquez le fichier de certificat d&apos;AC par son chemin complet, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Shorten the tenant name to at most %1 characters.</source>
        <translation>Raccourcissez le nom du locataire à %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the Application (client) ID of the app registration, a GUID shown on its Overview page.</source>
        <translation>Entrez l&apos;ID d&apos;application (client) de l&apos;inscription d&apos;application, un GUID affiché sur sa page Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>The Application (client) ID must be a GUID such as 11111111-2222-3333-4444-555555555555. Copy it from the app registration&apos;s Overview page.</source>
        <translation>L&apos;ID d&apos;application (client) doit être un GUID tel que 11111111-2222-3333-4444-555555555555. Copiez-le depuis la page Vue d&apos;ensemble de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>The Application (client) ID cannot be the empty GUID. Copy the real ID from the app registration.</source>
        <translation>L&apos;ID d&apos;application (client) ne peut pas être le GUID vide. Copiez l&apos;ID réel depuis l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Enter the Directory (tenant) ID: a GUID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>Entrez l&apos;ID de l&apos;annuaire (locataire)&#xa0;: un GUID ou un domaine vérifié tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant. Enter your own Directory (tenant) ID or verified domain.</source>
        <translation>« %1 » n&apos;est pas un locataire. Entrez votre propre ID de l&apos;annuaire (locataire) ou domaine vérifié.</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID cannot be the empty GUID. Copy the real ID from the Entra ID Overview page.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) ne peut pas être le GUID vide. Copiez l&apos;ID réel depuis la page Vue d&apos;ensemble d&apos;Entra ID.</translation>
    </message>
    <message>
        <source>Remove the spaces from the Directory (tenant) ID.</source>
        <translation>Supprimez les espaces de l&apos;ID de l&apos;annuaire (locataire).</translation>
    </message>
    <message>
        <source>The Directory (tenant) ID must be a GUID or a verified domain such as contoso.onmicrosoft.com.</source>
        <translation>L&apos;ID de l&apos;annuaire (locataire) doit être un GUID ou un domaine vérifié tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Enter the authentication key: the Value of a client secret of the app registration.</source>
        <translation>Entrez la clé d&apos;authentification&#xa0;: la valeur d&apos;un secret client de l&apos;inscription d&apos;application.</translation>
    </message>
    <message>
        <source>This looks like a client secret&apos;s Secret ID. Enter the secret&apos;s Value instead; Azure shows it only once, when the secret is created.</source>
        <translation>Ceci ressemble à l&apos;ID de secret d&apos;un secret client. Entrez plutôt la valeur du secret&#xa0;; Azure ne l&apos;affiche qu&apos;une fois, à la création du secret.</translation>
    </message>
    <message>
        <source>Enter a prefix for the names of the subscription connectors.</source>
        <translation>Entrez un préfixe pour les noms des connecteurs d&apos;abonnement.</translation>
    </message>
    <message>
        <source>Shorten the connector name prefix to at most %1 characters.</source>
        <translation>Raccourcissez le préfixe des noms de connecteurs à %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in the connector name prefix.</source>
        <translation>N&apos;utilisez que des lettres, des chiffres, des espaces, &apos;-&apos;, &apos;_&apos; et &apos;.&apos; dans le préfixe des noms de connecteurs.</translation>
    </message>
    <message>
        <source>Select at least one management group, or choose all management groups.</source>
        <translation>Sélectionnez au moins un groupe d&apos;administration, ou choisissez tous les groupes d&apos;administration.</translation>
    </message>
    <message>
        <source>Excluded management groups only apply with &quot;All management groups&quot;; they are ignored for a selection.</source>
        <translation>Les groupes d&apos;administration exclus ne s&apos;appliquent qu&apos;avec « Tous les groupes d&apos;administration »&#xa0;; ils sont ignorés pour une sélection.</translation>
    </message>
    <message>
        <source>Cloud perimeter scan needs VM scanning. Turn on VM scanning or turn off the perimeter scan.</source>
        <translation>L&apos;analyse du périmètre cloud nécessite l&apos;analyse des VM. Activez l&apos;analyse des VM ou désactivez l&apos;analyse du périmètre.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week for the perimeter scan.</source>
        <translation>Choisissez au moins un jour de la semaine pour l&apos;analyse du périmètre.</translation>
    </message>
    <message>
        <source>Choose a start time for the perimeter scan.</source>
        <translation>Choisissez une heure de début pour l&apos;analyse du périmètre.</translation>
    </message>
    <message>
        <source>Choose a time zone for the perimeter scan, such as Europe/Berlin.</source>
        <translation>Choisissez un fuseau horaire pour l&apos;analyse du périmètre, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>Policy compliance needs the PC agent and Compliance Manager. Enable both in the application settings, or turn off policy compliance.</source>
        <translation>La conformité aux stratégies nécessite l&apos;agent PC et Compliance Manager. Activez-les tous deux dans les paramètres de l&apos;application, ou désactivez la conformité aux stratégies.</translation>
    </message>
    <message>
        <source>Policy compliance and SCA cannot both be activated. Turn off one of them.</source>
        <translation>La conformité aux stratégies et SCA ne peuvent pas être activés en même temps. Désactivez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>An asset tag no longer exists in the tag catalogue. Remove it or choose another tag.</source>
        <translation>Une étiquette d&apos;actif n&apos;existe plus dans le catalogue d&apos;étiquettes. Retirez-la ou choisissez une autre étiquette.</translation>
    </message>
    <message>
        <source>No asset tag is chosen. We recommend one generic tag such as &quot;Azure&quot; so that every asset from this tenant is easy to find.</source>
        <translation>Aucune étiquette d&apos;actif n&apos;est choisie. Nous recommandons une étiquette générique telle que « Azure » pour retrouver facilement chaque actif de ce locataire.</translation>
    </message>
    <message>
        <source>A connector tag no longer exists in the tag catalogue. Remove it or choose another tag.</source>
        <translation>Une étiquette de connecteur n&apos;existe plus dans le catalogue d&apos;étiquettes. Retirez-la ou choisissez une autre étiquette.</translation>
    </message>
    <message>
        <source>Rule %1: enter the Azure tag key to look at (without &lt; &gt; % &amp; \ ? /).</source>
        <translation>Règle %1&#xa0;: entrez la clé d&apos;étiquette Azure à examiner (sans &lt; &gt; % &amp; \&#xa0;? /).</translation>
    </message>
    <message>
        <source>Rule %1: enter a value to compare with.</source>
        <translation>Règle %1&#xa0;: entrez une valeur de comparaison.</translation>
    </message>
    <message>
        <source>Rule %1: the regular expression is not valid at position %2: %3. Correct the expression.</source>
        <translation>Règle %1&#xa0;: l&apos;expression régulière n&apos;est pas valide à la position %2&#xa0;: %3. Corrigez l&apos;expression.</translation>
    </message>
    <message>
        <source>Rule %1: choose the tag to apply.</source>
        <translation>Règle %1&#xa0;: choisissez l&apos;étiquette à appliquer.</translation>
    </message>
    <message>
        <source>Rule %1: its tag no longer exists in the tag catalogue. Choose another tag.</source>
        <translation>Règle %1&#xa0;: son étiquette n&apos;existe plus dans le catalogue d&apos;étiquettes. Choisissez une autre étiquette.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove the control characters (such as line breaks, tabs or escape sequences) from the name.</source>
        <translation>Supprimez les caractères de contrôle (tels que les sauts de ligne, les tabulations ou les séquences d&apos;échappement) du nom.</translation>
    </message>
    <message>
        <source>Remove the control characters (such as line breaks, tabs or escape sequences) from the tenant name.</source>
        <translation>Supprimez les caractères de contrôle (tels que les sauts de ligne, les tabulations ou les séquences d&apos;échappement) du nom du locataire.</translation>
    </message>
    <message>
        <source>The tenant polling frequency must be a whole number of hours from 1 to 23 (60 to 1380 minutes); it is %1 minutes.</source>
        <translation>La fréquence d&apos;interrogation du locataire doit être un nombre entier d&apos;heures de 1 à 23 (60 à 1380 minutes)&#xa0;; elle est de %1 minutes.</translation>
    </message>
    <message>
        <source>The subscription polling frequency must be a whole number of hours from 1 to 23 (60 to 1380 minutes); it is %1 minutes.</source>
        <translation>La fréquence d&apos;interrogation des abonnements doit être un nombre entier d&apos;heures de 1 à 23 (60 à 1380 minutes)&#xa0;; elle est de %1 minutes.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; is true, but the tenant is not the built-in sandbox tenant (cloud Custom, directory %1, application %2): set &quot;sandbox&quot; to false or use the sandbox tenant.</source>
        <translation>« sandbox » vaut true, mais le locataire n&apos;est pas le locataire sandbox intégré (cloud Custom, annuaire %1, application %2)&#xa0;: définissez « sandbox » sur false ou utilisez le locataire sandbox.</translation>
    </message>
</context>
<context>
    <name>atc::ProxyConfigurator</name>
    <message>
        <source>The proxy password is not available: no keychain. Set %1 for services without a keychain.</source>
        <translation>Le mot de passe du proxy n&apos;est pas disponible : aucun trousseau. Définissez %1 pour les services sans trousseau.</translation>
    </message>
    <message>
        <source>The proxy password could not be read from the keychain: %1 The proxy is used without a password; enter it in Settings or set %2.</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être lu dans le trousseau : %1 Le proxy est utilisé sans mot de passe ; saisissez-le dans les Paramètres ou définissez %2.</translation>
    </message>
    <message>
        <source>it was never saved.</source>
        <translation>il n&apos;a jamais été enregistré.</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccount</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountCombo</name>
    <message>
        <source>Not on Qualys</source>
        <translation>Pas sur Qualys</translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountStore</name>
    <message>
        <source>The Qualys accounts file %1 cannot be used (%2); no account is loaded. It is left as it is until you save an account.</source>
        <translation>Le fichier des comptes Qualys %1 est inutilisable (%2)&#xa0;; aucun compte n&apos;est chargé. Il reste tel quel jusqu&apos;à ce que vous enregistriez un compte.</translation>
    </message>
    <message>
        <source>larger than 1 MiB</source>
        <translation>plus de 1 Mio</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>written by a newer version of the application</source>
        <translation>écrit par une version plus récente de l&apos;application</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entry(s) of %1 were skipped.</source>
        <translation>
            <numerusform>%n entrée endommagée de %1 a été ignorée.</numerusform>
            <numerusform>%n entrées endommagées de %1 ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atc::QualysAccountsPage</name>
    <message>
        <source>Qualys accounts</source>
        <translation>Comptes Qualys</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New Qualys account</source>
        <translation>Nouveau compte Qualys</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the Qualys account</source>
        <translation>Supprimer le compte Qualys</translation>
    </message>
    <message>
        <source>Qualys platform</source>
        <translation>Plateforme Qualys</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>URL de la passerelle</translation>
    </message>
    <message>
        <source>API server URL</source>
        <translation>URL du serveur d&apos;API</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Se connecter avec</translation>
    </message>
    <message>
        <source>Qualys user name</source>
        <translation>Nom d&apos;utilisateur Qualys</translation>
    </message>
    <message>
        <source>Qualys password</source>
        <translation>Mot de passe Qualys</translation>
    </message>
    <message>
        <source>&amp;Test login</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test login</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annu&amp;ler le test</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Enregistrer le compte</translation>
    </message>
    <message>
        <source>Save the Qualys account</source>
        <translation>Enregistrer le compte Qualys</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation>URL personnalisées</translation>
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
        <translation>Nom d&apos;utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Client id and secret</source>
        <translation>ID client et secret client</translation>
    </message>
    <message>
        <source>Saved accounts:</source>
        <translation>Comptes enregistrés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;URL de la passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;API server URL:</source>
        <translation>URL du serveur d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Se connecter a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Passwords and client secrets are stored in the keychain, never in a file. Use an API user with the connector permissions.</source>
        <translation>Les mots de passe et les secrets client sont enregistrés dans le trousseau, jamais dans un fichier. Utilisez un utilisateur d&apos;API disposant des autorisations sur les connecteurs.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>N&amp;om d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Secret &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Qualys client id</source>
        <translation>ID client Qualys</translation>
    </message>
    <message>
        <source>Qualys client secret</source>
        <translation>Secret client Qualys</translation>
    </message>
    <message>
        <source>Enter both the gateway URL and the API server URL of the platform.</source>
        <translation>Entrez l&apos;URL de la passerelle et l&apos;URL du serveur d&apos;API de la plateforme.</translation>
    </message>
    <message>
        <source>Enter the client id.</source>
        <translation>Entrez l&apos;ID client.</translation>
    </message>
    <message>
        <source>Enter the Qualys user name.</source>
        <translation>Entrez le nom d&apos;utilisateur Qualys.</translation>
    </message>
    <message>
        <source>The client id must not contain spaces.</source>
        <translation>L&apos;ID client ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>Le nom d&apos;utilisateur ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>Enter the client secret (stored in the keychain).</source>
        <translation>Entrez le secret client (enregistré dans le trousseau).</translation>
    </message>
    <message>
        <source>Enter the password (stored in the keychain).</source>
        <translation>Entrez le mot de passe (enregistré dans le trousseau).</translation>
    </message>
    <message>
        <source>Enter both the gateway URL and the API server URL.</source>
        <translation>Entrez l&apos;URL de la passerelle et l&apos;URL du serveur d&apos;API.</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>inchangé (enregistré dans le trousseau)</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signed in: Qualys %1 accepts %2 on the gateway and on the API server.</source>
        <translation>Connecté&#xa0;: Qualys %1 accepte %2 sur la passerelle et sur le serveur d&apos;API.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The gateway accepted the account, the API server did not.</source>
        <translation>La passerelle a accepté le compte, mais pas le serveur d&apos;API.</translation>
    </message>
    <message>
        <source>Reading the stored secret from the keychain…</source>
        <translation>Lecture du secret enregistré dans le trousseau…</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1. Its secret is in the keychain; the account file holds none.</source>
        <translation>%1 enregistré. Son secret est dans le trousseau&#xa0;; le fichier des comptes n&apos;en contient aucun.</translation>
    </message>
    <message>
        <source>No keychain is available: the secret cannot be stored.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: le secret ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain, so the account was not saved: %1</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans le trousseau, le compte n&apos;a donc pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removing the secret from the keychain…</source>
        <translation>Suppression du secret du trousseau…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>Le compte n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain, so the account is kept: %1</source>
        <translation>Le secret n&apos;a pas pu être supprimé du trousseau, le compte est donc conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>atc::QualysCredentialResolver</name>
    <message>
        <source>The stored Qualys client secret of %1 is not available</source>
        <translation>Le secret client Qualys enregistré de %1 n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>The stored Qualys password of %1 is not available</source>
        <translation>Le mot de passe Qualys enregistré de %1 n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Sign in again (Settings &gt; Qualys accounts, or atc qualys login); the CLI also reads QUALYS_USERNAME and QUALYS_PASSWORD, or QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET.</source>
        <translation>Reconnectez-vous (Paramètres &gt; Comptes Qualys, ou atc qualys login)&#xa0;; la CLI lit aussi QUALYS_USERNAME et QUALYS_PASSWORD, ou QUALYS_CLIENT_ID et QUALYS_CLIENT_SECRET.</translation>
    </message>
</context>
<context>
    <name>atc::QualysError</name>
    <message>
        <source>the Qualys platform</source>
        <translation>la plateforme Qualys</translation>
    </message>
    <message>
        <source>The Qualys settings are not usable.</source>
        <translation>Les paramètres Qualys sont inutilisables.</translation>
    </message>
    <message>
        <source>The Qualys settings are not usable: %1</source>
        <translation>Les paramètres Qualys sont inutilisables&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connector breaks a rule of the Qualys platform; nothing was sent.</source>
        <translation>Le connecteur enfreint une règle de la plateforme Qualys&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The connector breaks a rule of the Qualys platform; nothing was sent: %1</source>
        <translation>Le connecteur enfreint une règle de la plateforme Qualys&#xa0;; rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the Qualys user name or password.</source>
        <translation>Qualys %1 n&apos;a pas accepté le nom d&apos;utilisateur Qualys ou le mot de passe.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the Qualys user name &quot;%2&quot; or its password.</source>
        <translation>Qualys %1 n&apos;a pas accepté le nom d&apos;utilisateur Qualys « %2 » ou son mot de passe.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the client ID or the client secret.</source>
        <translation>Qualys %1 n&apos;a pas accepté l&apos;ID client ou le secret client.</translation>
    </message>
    <message>
        <source>Qualys %1 did not accept the client ID &quot;%2&quot; or its client secret.</source>
        <translation>Qualys %1 n&apos;a pas accepté l&apos;ID client « %2 » ou son secret client.</translation>
    </message>
    <message>
        <source>The Qualys user may sign in but has no API access to connectors.</source>
        <translation>L&apos;utilisateur Qualys peut se connecter mais n&apos;a pas d&apos;accès API aux connecteurs.</translation>
    </message>
    <message>
        <source>The Qualys user &quot;%1&quot; may sign in but has no API access to connectors.</source>
        <translation>L&apos;utilisateur Qualys « %1 » peut se connecter mais n&apos;a pas d&apos;accès API aux connecteurs.</translation>
    </message>
    <message>
        <source>The Qualys user is not allowed to do this.</source>
        <translation>L&apos;utilisateur Qualys n&apos;est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>Qualys refused the request.</source>
        <translation>Qualys a refusé la requête.</translation>
    </message>
    <message>
        <source>Qualys does not know this object (it was deleted, or it is outside the user&apos;s scope).</source>
        <translation>Qualys ne connaît pas cet objet (il a été supprimé, ou il est hors de l&apos;étendue de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Qualys reports a conflict (an object with this name may already exist).</source>
        <translation>Qualys signale un conflit (un objet portant ce nom existe peut-être déjà).</translation>
    </message>
    <message>
        <source>Qualys rejected the sign-in token even after signing in again.</source>
        <translation>Qualys a rejeté le jeton de connexion même après une nouvelle connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Qualys limits the rate of API calls and asked to wait %n second(s).</source>
        <translation>
            <numerusform>Qualys limite le débit des appels d&apos;API et a demandé d&apos;attendre %n seconde.</numerusform>
            <numerusform>Qualys limite le débit des appels d&apos;API et a demandé d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Qualys limits the rate of API calls; the calls were refused too often.</source>
        <translation>Qualys limite le débit des appels d&apos;API&#xa0;; les appels ont été refusés trop souvent.</translation>
    </message>
    <message>
        <source>Qualys answered with a server error (HTTP %1).</source>
        <translation>Qualys a répondu par une erreur du serveur (HTTP %1).</translation>
    </message>
    <message>
        <source>Qualys answered with an unexpected HTTP status %1.</source>
        <translation>Qualys a répondu avec un statut HTTP inattendu %1.</translation>
    </message>
    <message>
        <source>The Qualys API reported a failure.</source>
        <translation>L&apos;API Qualys a signalé un échec.</translation>
    </message>
    <message>
        <source>The Qualys API reported a failure (%1).</source>
        <translation>L&apos;API Qualys a signalé un échec (%1).</translation>
    </message>
    <message>
        <source>The create request was sent to Qualys %1 but no answer came back: the tenant connector may exist there now.</source>
        <translation>La requête de création a été envoyée à Qualys %1 mais aucune réponse n&apos;est revenue&#xa0;: le connecteur de locataire existe peut-être désormais là-bas.</translation>
    </message>
    <message>
        <source>Qualys %1 does not offer this operation.</source>
        <translation>Qualys %1 ne propose pas cette opération.</translation>
    </message>
    <message>
        <source>The stored Qualys credentials are not available.</source>
        <translation>Les informations d&apos;identification Qualys enregistrées ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found (DNS).</source>
        <translation>Le nom de serveur %1 est introuvable (DNS).</translation>
    </message>
    <message>
        <source>The server %1 refused the connection.</source>
        <translation>Le serveur %1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>The network connection to %1 failed.</source>
        <translation>La connexion réseau à %1 a échoué.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed.</source>
        <translation>La connexion sécurisée (TLS) à %1 a échoué.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Le serveur %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The answer of %1 was incomplete or could not be understood.</source>
        <translation>La réponse de %1 était incomplète ou n&apos;a pas pu être comprise.</translation>
    </message>
    <message>
        <source>The server %1 redirected the request to another host (%2); refused.</source>
        <translation>Le serveur %1 a redirigé la requête vers un autre hôte (%2)&#xa0;; la redirection a été refusée.</translation>
    </message>
    <message>
        <source>Choose a Qualys platform, or enter both the gateway and the API server URL (https://).</source>
        <translation>Choisissez une plateforme Qualys, ou entrez l&apos;URL de la passerelle et celle du serveur d&apos;API (https://).</translation>
    </message>
    <message>
        <source>Edit the connector and push again.</source>
        <translation>Modifiez le connecteur et envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>Check the Qualys user name and password, and that the account belongs to this platform (the pod shown in the Qualys portal&apos;s URL).</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe Qualys, et que le compte appartient à cette plateforme (le pod affiché dans l&apos;URL du portail Qualys).</translation>
    </message>
    <message>
        <source>Check the client ID and the client secret (My Profile &gt; Auth ID Client Management), and that the user who owns the client is still active.</source>
        <translation>Vérifiez l&apos;ID client et le secret client (My Profile &gt; Auth ID Client Management), et que l&apos;utilisateur propriétaire du client est toujours actif.</translation>
    </message>
    <message>
        <source>Ask your Qualys administrator for API access and the Connectors permission (a Manager with full scope); a new password does not help.</source>
        <translation>Demandez à votre administrateur Qualys l&apos;accès API et l&apos;autorisation Connectors (un Manager avec une étendue complète)&#xa0;; un nouveau mot de passe n&apos;y changera rien.</translation>
    </message>
    <message>
        <source>Use a Qualys Manager with full scope, or ask for the Connectors permission.</source>
        <translation>Utilisez un Manager Qualys avec une étendue complète, ou demandez l&apos;autorisation Connectors.</translation>
    </message>
    <message>
        <source>Correct what the platform names, then try again; if it names a field this application sends, please report the message (see docs/qualys.md).</source>
        <translation>Corrigez ce que la plateforme indique, puis réessayez&#xa0;; si elle cite un champ envoyé par cette application, veuillez signaler le message (voir docs/qualys.md).</translation>
    </message>
    <message>
        <source>If it was deleted in the Qualys portal, create it again.</source>
        <translation>S&apos;il a été supprimé dans le portail Qualys, créez-le de nouveau.</translation>
    </message>
    <message>
        <source>Choose another name, or look for the existing object in the Qualys portal.</source>
        <translation>Choisissez un autre nom, ou cherchez l&apos;objet existant dans le portail Qualys.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s date and time and the user&apos;s permissions, then try again.</source>
        <translation>Vérifiez la date et l&apos;heure de l&apos;ordinateur ainsi que les autorisations de l&apos;utilisateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Wait a while and try again; other scripts using the same Qualys account share its limit.</source>
        <translation>Patientez un moment et réessayez&#xa0;; les autres scripts qui utilisent le même compte Qualys partagent sa limite.</translation>
    </message>
    <message>
        <source>This is usually temporary: try again later.</source>
        <translation>C&apos;est généralement temporaire&#xa0;: réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the gateway and API server URLs of the platform.</source>
        <translation>Vérifiez les URL de la passerelle et du serveur d&apos;API de la plateforme.</translation>
    </message>
    <message>
        <source>Read the platform&apos;s words below; they say what to change.</source>
        <translation>Lisez les termes de la plateforme ci-dessous&#xa0;; ils indiquent ce qu&apos;il faut changer.</translation>
    </message>
    <message>
        <source>Look for the tenant connector in the Qualys portal before pushing again; the next push looks it up first and never creates a second one blindly.</source>
        <translation>Cherchez le connecteur de locataire dans le portail Qualys avant de l&apos;envoyer de nouveau&#xa0;; le prochain envoi le recherche d&apos;abord et n&apos;en crée jamais un second à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>Check the platform URLs, the DNS settings and the network connection.</source>
        <translation>Vérifiez les URL de la plateforme, les paramètres DNS et la connexion réseau.</translation>
    </message>
    <message>
        <source>Check the platform URLs and whether a firewall blocks the connection.</source>
        <translation>Vérifiez les URL de la plateforme et si un pare-feu bloque la connexion.</translation>
    </message>
    <message>
        <source>Check the network connection and the proxy, then try again.</source>
        <translation>Vérifiez la connexion réseau et le proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>If your network inspects TLS traffic, add its CA certificate (PEM) with the custom CA option; otherwise check the URL and the computer&apos;s date.</source>
        <translation>Si votre réseau inspecte le trafic TLS, ajoutez son certificat d&apos;AC (PEM) avec l&apos;option d&apos;AC personnalisée&#xa0;; sinon, vérifiez l&apos;URL et la date de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>This is usually a network interruption or an intercepting proxy: try again.</source>
        <translation>Il s&apos;agit généralement d&apos;une interruption réseau ou d&apos;un proxy intercepteur&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>Credentials are sent only to the configured Qualys URLs. Check them, and whether a proxy redirects the requests.</source>
        <translation>Les informations d&apos;identification ne sont envoyées qu&apos;aux URL Qualys configurées. Vérifiez-les, et si un proxy redirige les requêtes.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Qualys said: %1</source>
        <translation>Qualys a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>atc::QualysKeyRotation</name>
    <message>
        <source>The new Azure key could not be stored: %1</source>
        <translation>La nouvelle clé Azure n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a new key and at least one connector are needed</source>
        <translation>une nouvelle clé et au moins un connecteur sont nécessaires</translation>
    </message>
    <message>
        <source>Reading the current keys…</source>
        <translation>Lecture des clés actuelles…</translation>
    </message>
    <message>
        <source>Storing the new key on this computer…</source>
        <translation>Enregistrement de la nouvelle clé sur cet ordinateur…</translation>
    </message>
    <message>
        <source>no tenant connector id is recorded for this platform; push the connector first</source>
        <translation>aucun ID de connecteur de locataire n&apos;est enregistré pour cette plateforme&#xa0;; envoyez d&apos;abord le connecteur</translation>
    </message>
    <message>
        <source>Updating &quot;%1&quot; on Qualys %2…</source>
        <translation>Mise à jour de « %1 » sur Qualys %2…</translation>
    </message>
</context>
<context>
    <name>atc::QualysMapping</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The connector needs a name.</source>
        <translation>Le connecteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Qualys accepts connector names of at most 255 characters.</source>
        <translation>Qualys accepte des noms de connecteur de 255 caractères au plus.</translation>
    </message>
    <message>
        <source>The application (client) ID must be a GUID.</source>
        <translation>L&apos;ID d&apos;application (client) doit être un GUID.</translation>
    </message>
    <message>
        <source>Qualys needs the directory (tenant) ID as a GUID, not a domain name; copy it from the app&apos;s Overview page.</source>
        <translation>Qualys a besoin de l&apos;ID de l&apos;annuaire (locataire) sous forme de GUID, et non d&apos;un nom de domaine&#xa0;; copiez-le depuis la page Vue d&apos;ensemble de l&apos;application.</translation>
    </message>
    <message>
        <source>The tenant polling frequency</source>
        <translation>La fréquence d&apos;interrogation du locataire</translation>
    </message>
    <message>
        <source>The subscription polling frequency</source>
        <translation>La fréquence d&apos;interrogation des abonnements</translation>
    </message>
    <message>
        <source>%1 must be positive.</source>
        <translation>%1 doit être positive.</translation>
    </message>
    <message>
        <source>%1 of %2 is above the 7 days Qualys accepts.</source>
        <translation>%1 (%2) dépasse les 7 jours acceptés par Qualys.</translation>
    </message>
    <message>
        <source>Policy Compliance and SCA cannot be activated together.</source>
        <translation>La conformité aux stratégies et SCA ne peuvent pas être activés ensemble.</translation>
    </message>
    <message>
        <source>The cloud perimeter scan needs VM scanning.</source>
        <translation>L&apos;analyse du périmètre cloud nécessite l&apos;analyse des VM.</translation>
    </message>
    <message>
        <source>Select at least one management group, or choose all management groups.</source>
        <translation>Sélectionnez au moins un groupe d&apos;administration, ou choisissez tous les groupes d&apos;administration.</translation>
    </message>
    <message>
        <source>Subscription polling of %1 is rounded up to %2 by Qualys (whole days, 1–7).</source>
        <translation>L&apos;intervalle d&apos;interrogation des abonnements (%1) est arrondi à %2 par Qualys (jours entiers, 1–7).</translation>
    </message>
    <message>
        <source>Tenant polling of %1 may be rounded up to %2 by Qualys: current platforms count whole days (1–7), older ones accept under 24 hours.</source>
        <translation>L&apos;intervalle d&apos;interrogation du locataire (%1) peut être arrondi à %2 par Qualys&#xa0;: les plateformes actuelles comptent en jours entiers (1–7), les plus anciennes acceptent moins de 24 heures.</translation>
    </message>
    <message>
        <source>Tenant polling of %1: older Qualys platforms accept only under 24 hours and may refuse it.</source>
        <translation>Intervalle d&apos;interrogation du locataire de %1&#xa0;: les plateformes Qualys plus anciennes n&apos;acceptent que moins de 24 heures et peuvent le refuser.</translation>
    </message>
    <message>
        <source>The cloud perimeter scan is not part of the tenant connector API; set it on the Qualys portal.</source>
        <translation>L&apos;analyse du périmètre cloud ne fait pas partie de l&apos;API des connecteurs de locataire&#xa0;; définissez-la dans le portail Qualys.</translation>
    </message>
</context>
<context>
    <name>atc::QualysMemberConnector</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>jamais</translation>
    </message>
    <message>
        <source>On the platform: %1</source>
        <translation>Sur la plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscription connector</source>
        <translation>Connecteur d&apos;abonnement</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>atc::QualysPanel</name>
    <message>
        <source>&amp;Push Changes</source>
        <translation>&amp;Envoyer les modifications</translation>
    </message>
    <message>
        <source>E&amp;nable on Qualys</source>
        <translation>&amp;Activer sur Qualys</translation>
    </message>
    <message>
        <source>Di&amp;sable on Qualys</source>
        <translation>&amp;Désactiver sur Qualys</translation>
    </message>
    <message>
        <source>Rotate Azure &amp;Key…</source>
        <translation>Renouveler la &amp;clé Azure…</translation>
    </message>
    <message>
        <source>Enable &amp;Member</source>
        <translation>Activer le &amp;membre</translation>
    </message>
    <message>
        <source>Disable M&amp;ember</source>
        <translation>Désactiver le mem&amp;bre</translation>
    </message>
    <message>
        <source>Qualys account</source>
        <translation>Compte Qualys</translation>
    </message>
    <message>
        <source>Qualys progress</source>
        <translation>Progression Qualys</translation>
    </message>
    <message>
        <source>Subscription connectors on Qualys</source>
        <translation>Connecteurs d&apos;abonnement sur Qualys</translation>
    </message>
    <message>
        <source>Qualys &amp;account:</source>
        <translation>C&amp;ompte Qualys&#xa0;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant connector:</source>
        <translation>Connecteur de locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Last pushed:</source>
        <translation>Dernier envoi&#xa0;:</translation>
    </message>
    <message>
        <source>Last synced:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Add a Qualys account in Settings ▸ Qualys accounts.</source>
        <translation>Ajoutez un compte Qualys dans Paramètres ▸ Comptes Qualys.</translation>
    </message>
    <message>
        <source>Not on Qualys %1</source>
        <translation>Pas sur Qualys %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Created, but the answer was lost: Push Changes looks it up before creating anything</source>
        <translation>Créé, mais la réponse a été perdue&#xa0;: Envoyer les modifications le recherche avant de créer quoi que ce soit</translation>
    </message>
    <message>
        <source>Created; the platform gave no id</source>
        <translation>Créé&#xa0;; la plateforme n&apos;a renvoyé aucun ID</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Disabled on Qualys</source>
        <translation>Désactivé sur Qualys</translation>
    </message>
    <message>
        <source>Enabled on Qualys</source>
        <translation>Activé sur Qualys</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unknown: this platform does not describe tenant connectors; see the members below</source>
        <translation>inconnu&#xa0;: cette plateforme ne décrit pas les connecteurs de locataire&#xa0;; voir les membres ci-dessous</translation>
    </message>
    <message>
        <source>Cancelled. What the platform already did stays done.</source>
        <translation>Annulé. Ce que la plateforme a déjà fait reste acquis.</translation>
    </message>
    <message>
        <source>Reading the state on Qualys…</source>
        <translation>Lecture de l&apos;état sur Qualys…</translation>
    </message>
    <message numerus="yes">
        <source>Reading the state on Qualys… %n member(s) so far</source>
        <translation>
            <numerusform>Lecture de l&apos;état sur Qualys… %n membre jusqu&apos;ici</numerusform>
            <numerusform>Lecture de l&apos;état sur Qualys… %n membres jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message>
        <source>The state on Qualys could not be read: %1</source>
        <translation>L&apos;état sur Qualys n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the authentication key…</source>
        <translation>Lecture de la clé d&apos;authentification…</translation>
    </message>
    <message>
        <source>Pushing to Qualys %1…</source>
        <translation>Envoi vers Qualys %1…</translation>
    </message>
    <message>
        <source>The Qualys id could not be saved in the profile: %1</source>
        <translation>L&apos;ID Qualys n&apos;a pas pu être enregistré dans le profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pushing to Qualys %1 failed; the connector on this computer is unchanged.</source>
        <translation>L&apos;envoi vers Qualys %1 a échoué&#xa0;; le connecteur sur cet ordinateur est inchangé.</translation>
    </message>
    <message>
        <source>Created on Qualys %1: tenant connector id %2.</source>
        <translation>Créé sur Qualys %1&#xa0;: ID du connecteur de locataire %2.</translation>
    </message>
    <message>
        <source>Updated on Qualys %1: tenant connector id %2.</source>
        <translation>Mis à jour sur Qualys %1&#xa0;: ID du connecteur de locataire %2.</translation>
    </message>
    <message>
        <source>Created on Qualys %1; the platform gave no id.</source>
        <translation>Créé sur Qualys %1&#xa0;; la plateforme n&apos;a renvoyé aucun ID.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enabling on Qualys…</source>
        <translation>Activation sur Qualys…</translation>
    </message>
    <message>
        <source>Disabling on Qualys…</source>
        <translation>Désactivation sur Qualys…</translation>
    </message>
    <message>
        <source>Tenant connector %1 enabled on Qualys.</source>
        <translation>Connecteur de locataire %1 activé sur Qualys.</translation>
    </message>
    <message>
        <source>Tenant connector %1 disabled on Qualys.</source>
        <translation>Connecteur de locataire %1 désactivé sur Qualys.</translation>
    </message>
    <message>
        <source>Starting member connector %1…</source>
        <translation>Démarrage du connecteur membre %1…</translation>
    </message>
    <message>
        <source>Enabling member connector %1…</source>
        <translation>Activation du connecteur membre %1…</translation>
    </message>
    <message>
        <source>Disabling member connector %1…</source>
        <translation>Désactivation du connecteur membre %1…</translation>
    </message>
    <message>
        <source>Member connector %1 queued to run.</source>
        <translation>Connecteur membre %1 mis en file d&apos;attente pour exécution.</translation>
    </message>
    <message>
        <source>Member connector %1 enabled.</source>
        <translation>Connecteur membre %1 activé.</translation>
    </message>
    <message>
        <source>Member connector %1 disabled.</source>
        <translation>Connecteur membre %1 désactivé.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>R&amp;un Member</source>
        <translation>E&amp;xécuter le membre</translation>
    </message>
    <message>
        <source>Create &amp;on Qualys</source>
        <translation>C&amp;réer sur Qualys</translation>
    </message>
</context>
<context>
    <name>atc::QualysPlatform</name>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisée (%1)</translation>
    </message>
    <message>
        <source>No Qualys platform is chosen.</source>
        <translation>Aucune plateforme Qualys n&apos;est choisie.</translation>
    </message>
    <message>
        <source>The Qualys gateway URL</source>
        <translation>L&apos;URL de la passerelle Qualys</translation>
    </message>
    <message>
        <source>The Qualys API server URL</source>
        <translation>L&apos;URL du serveur d&apos;API Qualys</translation>
    </message>
    <message>
        <source>%1 is missing or not a URL.</source>
        <translation>%1 est absente ou n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>%1 is not usable: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must not hold a user name or password.</source>
        <translation>%1 ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>%1 must not have a query or fragment.</source>
        <translation>%1 ne doit pas avoir de requête ni de fragment.</translation>
    </message>
    <message>
        <source>%1 must be a server address only (such as https://gateway.qg2.apps.qualys.com), without a path.</source>
        <translation>%1 doit être une adresse de serveur seule (comme https://gateway.qg2.apps.qualys.com), sans chemin.</translation>
    </message>
</context>
<context>
    <name>atc::QualysSession</name>
    <message>
        <source>the search reported more records but its next page brought nothing new</source>
        <translation>la recherche a signalé d&apos;autres enregistrements mais sa page suivante n&apos;a rien apporté de nouveau</translation>
    </message>
    <message>
        <source>the search has more than %1 pages; stopped</source>
        <translation>la recherche compte plus de %1 pages&#xa0;; arrêt</translation>
    </message>
    <message>
        <source>the client ID and the client secret are required</source>
        <translation>l&apos;ID client et le secret client sont requis</translation>
    </message>
    <message>
        <source>the Qualys user name and password are required</source>
        <translation>le nom d&apos;utilisateur et le mot de passe Qualys sont requis</translation>
    </message>
</context>
<context>
    <name>atc::QualysTagCatalog</name>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>atc::ResourceDiscovery</name>
    <message>
        <source>the continuation token ($skipToken) repeats an earlier one; the listing would never end</source>
        <translation>le jeton de continuation ($skipToken) répète un jeton précédent&#xa0;; la liste ne se terminerait jamais</translation>
    </message>
    <message>
        <source>the listing has more than %1 pages; stopped</source>
        <translation>la liste compte plus de %1 pages&#xa0;; lecture arrêtée</translation>
    </message>
</context>
<context>
    <name>atc::ResourceTypeNames</name>
    <message>
        <source>Virtual machine</source>
        <translation>Machine virtuelle</translation>
    </message>
    <message>
        <source>Virtual machine scale set</source>
        <translation>Groupe de machines virtuelles identiques</translation>
    </message>
    <message>
        <source>Managed disk</source>
        <translation>Disque managé</translation>
    </message>
    <message>
        <source>Disk snapshot</source>
        <translation>Instantané de disque</translation>
    </message>
    <message>
        <source>VM image</source>
        <translation>Image de machine virtuelle</translation>
    </message>
    <message>
        <source>Availability set</source>
        <translation>Groupe à haute disponibilité</translation>
    </message>
    <message>
        <source>Network interface</source>
        <translation>Interface réseau</translation>
    </message>
    <message>
        <source>Public IP address</source>
        <translation>Adresse IP publique</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>Réseau virtuel</translation>
    </message>
    <message>
        <source>Network security group</source>
        <translation>Groupe de sécurité réseau</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Équilibreur de charge</translation>
    </message>
    <message>
        <source>Application gateway</source>
        <translation>Passerelle d&apos;application</translation>
    </message>
    <message>
        <source>Azure Firewall</source>
        <translation>Pare-feu Azure</translation>
    </message>
    <message>
        <source>Route table</source>
        <translation>Table de routage</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Point de terminaison privé</translation>
    </message>
    <message>
        <source>DNS zone</source>
        <translation>Zone DNS</translation>
    </message>
    <message>
        <source>Private DNS zone</source>
        <translation>Zone DNS privée</translation>
    </message>
    <message>
        <source>Virtual network gateway</source>
        <translation>Passerelle de réseau virtuel</translation>
    </message>
    <message>
        <source>Bastion host</source>
        <translation>Hôte Bastion</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Compte de stockage</translation>
    </message>
    <message>
        <source>Key vault</source>
        <translation>Coffre de clés</translation>
    </message>
    <message>
        <source>SQL server</source>
        <translation>Serveur SQL</translation>
    </message>
    <message>
        <source>SQL database</source>
        <translation>Base de données SQL</translation>
    </message>
    <message>
        <source>SQL managed instance</source>
        <translation>Instance managée SQL</translation>
    </message>
    <message>
        <source>PostgreSQL flexible server</source>
        <translation>Serveur flexible PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL flexible server</source>
        <translation>Serveur flexible MySQL</translation>
    </message>
    <message>
        <source>Cosmos DB account</source>
        <translation>Compte Cosmos DB</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Application web</translation>
    </message>
    <message>
        <source>App Service plan</source>
        <translation>Plan App Service</translation>
    </message>
    <message>
        <source>Kubernetes cluster (AKS)</source>
        <translation>Cluster Kubernetes (AKS)</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Registre de conteneurs</translation>
    </message>
    <message>
        <source>Container instance</source>
        <translation>Instance de conteneur</translation>
    </message>
    <message>
        <source>Container app</source>
        <translation>Application conteneur</translation>
    </message>
    <message>
        <source>Redis cache</source>
        <translation>Cache Redis</translation>
    </message>
    <message>
        <source>Service Bus namespace</source>
        <translation>Espace de noms Service Bus</translation>
    </message>
    <message>
        <source>Event Hubs namespace</source>
        <translation>Espace de noms Event Hubs</translation>
    </message>
    <message>
        <source>Logic app</source>
        <translation>Application logique</translation>
    </message>
    <message>
        <source>Log Analytics workspace</source>
        <translation>Espace de travail Log Analytics</translation>
    </message>
    <message>
        <source>Application Insights</source>
        <translation>Application Insights</translation>
    </message>
    <message>
        <source>Managed identity</source>
        <translation>Identité managée</translation>
    </message>
    <message>
        <source>Automation account</source>
        <translation>Compte Automation</translation>
    </message>
    <message>
        <source>Recovery Services vault</source>
        <translation>Coffre Recovery Services</translation>
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
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>Rotate Azure Key</source>
        <translation>Renouveler la clé Azure</translation>
    </message>
    <message>
        <source>this computer&apos;s keychain</source>
        <translation>le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Qualys %1 (connector %2)</source>
        <translation>Qualys %1 (connecteur %2)</translation>
    </message>
    <message>
        <source>Qualys %1: skipped, no account on this computer</source>
        <translation>Qualys %1&#xa0;: ignoré, aucun compte sur cet ordinateur</translation>
    </message>
    <message>
        <source>• &quot;%1&quot;: %2</source>
        <translation>• « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>App registration %1 in directory %2. The new key goes to:</source>
        <translation>Inscription d&apos;application %1 dans l&apos;annuaire %2. La nouvelle clé est envoyée vers&#xa0;:</translation>
    </message>
    <message>
        <source>New authentication key</source>
        <translation>Nouvelle clé d&apos;authentification</translation>
    </message>
    <message>
        <source>the new client secret&apos;s value</source>
        <translation>la valeur du nouveau secret client</translation>
    </message>
    <message>
        <source>Outcome of each step</source>
        <translation>Résultat de chaque étape</translation>
    </message>
    <message>
        <source>New &amp;key:</source>
        <translation>Nouvelle &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>Create the new secret in Azure first and keep the old one until every step below succeeded.</source>
        <translation>Créez d&apos;abord le nouveau secret dans Azure et conservez l&apos;ancien jusqu&apos;à ce que chaque étape ci-dessous ait réussi.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in to the Qualys platforms…</source>
        <translation>Connexion aux plateformes Qualys…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on Qualys %2: no account on this computer; push it again after adding one.</source>
        <translation>« %1 » sur Qualys %2&#xa0;: aucun compte sur cet ordinateur&#xa0;; envoyez-le de nouveau après en avoir ajouté un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on Qualys %2: %3</source>
        <translation>« %1 » sur Qualys %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>Qualys %1</source>
        <translation>Qualys %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>« %1 », %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2: %3</source>
        <translation>« %1 », %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The key was rotated everywhere listed.</source>
        <translation>La clé a été renouvelée partout où indiqué.</translation>
    </message>
    <message>
        <source>Some steps failed (listed). Keep the old key in Azure until they are done, then retry.</source>
        <translation>Certaines étapes ont échoué (listées). Conservez l&apos;ancienne clé dans Azure jusqu&apos;à ce qu&apos;elles soient terminées, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>atc::RunHistoryView</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assets created / updated / removed</source>
        <translation>Actifs créés / mis à jour / supprimés</translation>
    </message>
    <message>
        <source>Connectors created / disabled</source>
        <translation>Connecteurs créés / désactivés</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
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
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>C&amp;opy Details</source>
        <translation>C&amp;opier les détails</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details of the selected run</source>
        <translation>Détails de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Copy the selected run&apos;s details as plain text, for a ticket or an e-mail.</source>
        <translation>Copie les détails de l&apos;exécution sélectionnée en texte brut, pour un ticket ou un e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>atc::RunLock</name>
    <message>
        <source>the folder is on a read-only file system</source>
        <translation>le dossier se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>the folder does not exist and cannot be created</source>
        <translation>le dossier n&apos;existe pas et ne peut pas être créé</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the folder is read-only for this user</source>
        <translation>le dossier est en lecture seule pour cet utilisateur</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: %2. No run was started. Make the folder writable, or choose another data folder in the settings.</source>
        <translation>Impossible de créer le fichier de verrou dans %1&#xa0;: %2. Aucune exécution n&apos;a été démarrée. Rendez le dossier accessible en écriture, ou choisissez un autre dossier de données dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>atc::RunProgress</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Discovering the tenant…</source>
        <translation>Découverte du locataire…</translation>
    </message>
    <message>
        <source>Updating the subscription connectors…</source>
        <translation>Mise à jour des connecteurs d&apos;abonnement…</translation>
    </message>
    <message>
        <source>Reading resources: %1 of %2 subscriptions, %3 of ~%4 resources written</source>
        <translation>Lecture des ressources&#xa0;: %1 abonnements sur %2, %3 ressources écrites sur ~%4</translation>
    </message>
    <message>
        <source>Reading resources: %1 of %2 subscriptions, %3 resources written</source>
        <translation>Lecture des ressources&#xa0;: %1 abonnements sur %2, %3 ressources écrites</translation>
    </message>
    <message>
        <source>Saving the connectors&apos; states…</source>
        <translation>Enregistrement de l&apos;état des connecteurs…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
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
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Run %1 of &quot;%2&quot;</source>
        <translation>Exécution %1 de « %2 »</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscriptions read: %1, failed: %2</source>
        <translation>Abonnements lus&#xa0;: %1, en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Assets: %1 created, %2 updated, %3 removed, %4 unchanged</source>
        <translation>Actifs&#xa0;: %1 créés, %2 mis à jour, %3 supprimés, %4 inchangés</translation>
    </message>
    <message>
        <source>Connectors: %1 created, %2 disabled, %3 flagged, %4 re-attached</source>
        <translation>Connecteurs&#xa0;: %1 créés, %2 désactivés, %3 signalés, %4 rattachés</translation>
    </message>
    <message>
        <source>, %1 kept</source>
        <translation>, %1 conservés</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>re-attached</source>
        <translation>rattaché</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>flagged, not run</source>
        <translation>signalé, non exécuté</translation>
    </message>
    <message>
        <source>  %1: %2 (%3)</source>
        <translation>  %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Codes d&apos;erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Errors: none</source>
        <translation>Erreurs&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Errors:</source>
        <translation>Erreurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>atc::SandboxHost</name>
    <message>
        <source>The built-in sandbox tenant could not start in this process, so &quot;%1&quot; does not run: %2</source>
        <translation>Le locataire sandbox intégré n&apos;a pas pu démarrer dans ce processus, « %1 » n&apos;est donc pas exécuté&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>atc::SandboxProfiles</name>
    <message>
        <source>Contoso sandbox</source>
        <translation>Sandbox Contoso</translation>
    </message>
    <message>
        <source>Contoso sandbox %1</source>
        <translation>Sandbox Contoso %1</translation>
    </message>
    <message>
        <source>The built-in emulated tenant: try the application without Azure.</source>
        <translation>Le locataire émulé intégré&#xa0;: essayez l&apos;application sans Azure.</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Every asset of the sandbox tenant.</source>
        <translation>Chaque actif du locataire sandbox.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Resources tagged env = prod in Azure.</source>
        <translation>Ressources portant l&apos;étiquette Azure env = prod.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Resources tagged env = dev in Azure.</source>
        <translation>Ressources portant l&apos;étiquette Azure env = dev.</translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Exposé à Internet</translation>
    </message>
    <message>
        <source>Public IP addresses and web apps.</source>
        <translation>Adresses IP publiques et applications web.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
</context>
<context>
    <name>atc::SecretCallGuard</name>
    <message>
        <source>The keychain request was cancelled because the application is closing the keychain connection. Try again.</source>
        <translation>La demande au trousseau a été annulée, car l&apos;application ferme la connexion au trousseau. Réessayez.</translation>
    </message>
</context>
<context>
    <name>atc::SecretResolver</name>
    <message>
        <source>The stored authentication key is not available.</source>
        <translation>La clé d&apos;authentification enregistrée n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The stored authentication key is not available: %1</source>
        <translation>La clé d&apos;authentification enregistrée n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can also set AZURE_CLIENT_SECRET (never an argument).</source>
        <translation>Vous pouvez aussi définir AZURE_CLIENT_SECRET (jamais en argument).</translation>
    </message>
</context>
<context>
    <name>atc::SecretStore</name>
    <message>
        <source>No authentication key is stored for this connector. Enter the key again.</source>
        <translation>Aucune clé d&apos;authentification n&apos;est enregistrée pour ce connecteur. Saisissez de nouveau la clé.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Unlock your keyring (for example the login keyring of GNOME Keyring or KWallet) and allow this application, then try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Déverrouillez votre trousseau de clés (par exemple le trousseau de connexion de GNOME Keyring ou KWallet) et autorisez cette application, puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain service is available. Install and start a Secret Service provider such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun service de trousseau n&apos;est disponible. Installez et démarrez un fournisseur Secret Service tel que GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. Check that the keyring is unlocked and no password prompt is waiting, then try again.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps. Vérifiez que le trousseau de clés est déverrouillé et qu&apos;aucune demande de mot de passe n&apos;est en attente, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it persists, restart the keyring service.</source>
        <translation>Le trousseau a signalé une erreur. Réessayez&#xa0;; si le problème persiste, redémarrez le service de trousseau de clés.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Unlock your keyring: the authentication key is stored, but in a locked keyring (for example the login keyring of GNOME Keyring or KWallet). Unlock it, then try again; the key does not need to be entered again.</source>
        <translation>Déverrouillez votre trousseau de clés&#xa0;: la clé d&apos;authentification est enregistrée, mais dans un trousseau verrouillé (par exemple le trousseau de connexion de GNOME Keyring ou KWallet). Déverrouillez-le, puis réessayez&#xa0;; il n&apos;est pas nécessaire de saisir de nouveau la clé.</translation>
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
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>Custom CA file</source>
        <translation>Fichier d&apos;AC personnalisé</translation>
    </message>
    <message>
        <source>Requests in parallel</source>
        <translation>Requêtes en parallèle</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d&apos;expiration des requêtes</translation>
    </message>
    <message>
        <source>&amp;PC agent enabled</source>
        <translation>Agent &amp;PC activé</translation>
    </message>
    <message>
        <source>PC agent enabled</source>
        <translation>Agent PC activé</translation>
    </message>
    <message>
        <source>Compliance &amp;Manager enabled</source>
        <translation>Compliance Ma&amp;nager activé</translation>
    </message>
    <message>
        <source>Compliance Manager enabled</source>
        <translation>Compliance Manager activé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>system certificates only</source>
        <translation>certificats du système uniquement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Custom &amp;CA file (PEM):</source>
        <translation>Fichier d&apos;&amp;AC personnalisé (PEM)&#xa0;:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>Délai d&apos;&amp;expiration des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Policy Compliance can be activated when both are enabled.</source>
        <translation>La conformité aux stratégies peut être activée lorsque les deux sont activés.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Dossier de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the proxy host, or choose another proxy setting.</source>
        <translation>Entrez l&apos;hôte du proxy, ou choisissez un autre paramètre de proxy.</translation>
    </message>
    <message>
        <source>The proxy host must not contain spaces.</source>
        <translation>L&apos;hôte du proxy ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist or cannot be read.</source>
        <translation>Le fichier d&apos;AC %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The data folder must be an absolute path.</source>
        <translation>Le dossier de données doit être un chemin absolu.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file.</source>
        <translation>Le dossier de données %1 est un fichier.</translation>
    </message>
    <message>
        <source>The proxy password could not be stored in the keychain.</source>
        <translation>Le mot de passe du proxy n&apos;a pas pu être enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Qualys accounts</source>
        <translation>Comptes &amp;Qualys</translation>
    </message>
    <message>
        <source>&amp;Keep running in the notification area when the window is closed</source>
        <translation>&amp;Continuer à s&apos;exécuter dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Keep running in the notification area</source>
        <translation>Continuer à s&apos;exécuter dans la zone de notification</translation>
    </message>
    <message>
        <source>Requests &amp;in parallel:</source>
        <translation>&amp;Requêtes en parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Scheduled runs go on while the window is closed; a run that ends with errors shows a notification. Quit from the icon&apos;s menu or File › Quit.</source>
        <translation>Les exécutions planifiées continuent pendant que la fenêtre est fermée&#xa0;; une exécution qui se termine avec des erreurs affiche une notification. Quittez depuis le menu de l&apos;icône ou avec Fichier › Quitter.</translation>
    </message>
    <message>
        <source>This desktop has no notification area: closing the window quits.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: fermer la fenêtre quitte l&apos;application.</translation>
    </message>
    <message>
        <source>Changes apply to the next run; the language and the data folder apply the next time the application starts.</source>
        <translation>Les modifications s&apos;appliquent à la prochaine exécution&#xa0;; la langue et le dossier de données s&apos;appliquent au prochain démarrage de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>atc::SubscriptionDetailsPage</name>
    <message>
        <source>Subscription Details</source>
        <translation>Détails des abonnements</translation>
    </message>
    <message>
        <source>Every subscription in scope gets its own connector. Choose how often they are polled and how they are named.</source>
        <translation>Chaque abonnement de l&apos;étendue reçoit son propre connecteur. Choisissez la fréquence d&apos;interrogation et le nommage des connecteurs.</translation>
    </message>
    <message>
        <source>Subscription polling frequency in hours</source>
        <translation>Fréquence d&apos;interrogation des abonnements en heures</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Préfixe des noms de connecteurs</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>p. ex. Contoso</translation>
    </message>
    <message>
        <source>Subscription &amp;polling frequency:</source>
        <translation>Fré&amp;quence d&apos;interrogation des abonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Connector name p&amp;refix:</source>
        <translation>P&amp;réfixe des noms de connecteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Letters, digits, spaces, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; at most %1 characters. When two subscriptions would get the same name, the later one gets &quot; (2)&quot;, &quot; (3)&quot; and so on.</source>
        <translation>Lettres, chiffres, espaces, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;&#xa0;; %1 caractères au plus. Si deux abonnements devaient recevoir le même nom, le suivant reçoit « (2) », « (3) », etc.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Subscription &quot;%1&quot; → connector &quot;%2&quot;</source>
        <translation>Abonnement « %1 » → connecteur « %2 »</translation>
    </message>
    <message>
        <source>any whole number of hours under 24; the default is 4</source>
        <translation>tout nombre entier d&apos;heures inférieur à 24&#xa0;; la valeur par défaut est 4</translation>
    </message>
</context>
<context>
    <name>atc::TagManagerDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Tag Catalogue</source>
        <translation>Catalogue d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tag name</source>
        <translation>Nom de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Parent tag</source>
        <translation>Étiquette parente</translation>
    </message>
    <message>
        <source>Tag description</source>
        <translation>Description de l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;New Tag…</source>
        <translation>&amp;Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>(none: top level)</source>
        <translation>(aucune&#xa0;: premier niveau)</translation>
    </message>
    <message>
        <source>Enter a name for the tag.</source>
        <translation>Entrez un nom pour l&apos;étiquette.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; exists already.</source>
        <translation>Une étiquette nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Enter the colour as #rrggbb.</source>
        <translation>Entrez la couleur au format #rrggbb.</translation>
    </message>
    <message>
        <source>The tag catalogue could not be saved: %1</source>
        <translation>Le catalogue d&apos;étiquettes n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Étiquette enregistrée.</translation>
    </message>
    <message>
        <source>asset tags of &quot;%1&quot;</source>
        <translation>les étiquettes d&apos;actifs de « %1 »</translation>
    </message>
    <message>
        <source>a tag rule of &quot;%1&quot;</source>
        <translation>une règle d&apos;étiquetage de « %1 »</translation>
    </message>
    <message>
        <source>connector tags of &quot;%1&quot;</source>
        <translation>les étiquettes de connecteur de « %1 »</translation>
    </message>
    <message>
        <source>This tag is used by %1. Remove it there first (Edit the connector), then delete it.</source>
        <translation>Cette étiquette est utilisée dans %1. Retirez-la d&apos;abord à cet endroit (modifiez le connecteur), puis supprimez-la.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Étiquette supprimée.</translation>
    </message>
</context>
<context>
    <name>atc::TagsActivationPage</name>
    <message>
        <source>Resource type</source>
        <translation>Type de ressource</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <source>Azure tag</source>
        <translation>Étiquette Azure</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>matches regular expression</source>
        <translation>correspond à l&apos;expression régulière</translation>
    </message>
    <message>
        <source>Tags and Activation</source>
        <translation>Étiquettes et activation</translation>
    </message>
    <message>
        <source>Choose what is activated on the discovered assets and how they are tagged.</source>
        <translation>Choisissez ce qui est activé sur les actifs découverts et comment ils sont étiquetés.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Automatically activate all assets for &amp;VM Scanning</source>
        <translation>Activer automatiquement tous les actifs pour l&apos;analyse des &amp;VM</translation>
    </message>
    <message>
        <source>Enable Cloud &amp;Perimeter Scan</source>
        <translation>Activer l&apos;analyse du périmètre &amp;cloud</translation>
    </message>
    <message>
        <source>Use the &amp;global scan configuration</source>
        <translation>Utiliser la configuration d&apos;analyse &amp;globale</translation>
    </message>
    <message>
        <source>C&amp;ustom schedule</source>
        <translation>Plan&amp;ification personnalisée</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>(choose a time zone)</source>
        <translation>(choisissez un fuseau horaire)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart time:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Activate P&amp;olicy Compliance</source>
        <translation>Activer la confor&amp;mité aux stratégies</translation>
    </message>
    <message>
        <source>Activate &amp;SCA (Security Configuration Assessment)</source>
        <translation>Activer SC&amp;A (Security Configuration Assessment)</translation>
    </message>
    <message>
        <source>Policy Compliance and SCA cannot both be on: turning one on turns the other off.</source>
        <translation>La conformité aux stratégies et SCA ne peuvent pas être activés ensemble&#xa0;: activer l&apos;un désactive l&apos;autre.</translation>
    </message>
    <message>
        <source>Activate C&amp;ertView</source>
        <translation>Activer C&amp;ertView</translation>
    </message>
    <message>
        <source>Select Asset Tags</source>
        <translation>Sélectionner les étiquettes d&apos;actifs</translation>
    </message>
    <message>
        <source>Asset tags</source>
        <translation>Étiquettes d&apos;actifs</translation>
    </message>
    <message>
        <source>Tag rules from Azure metadata</source>
        <translation>Règles d&apos;étiquetage à partir des métadonnées Azure</translation>
    </message>
    <message>
        <source>Rule field</source>
        <translation>Champ de la règle</translation>
    </message>
    <message>
        <source>Azure tag key</source>
        <translation>Clé d&apos;étiquette Azure</translation>
    </message>
    <message>
        <source>Rule operator</source>
        <translation>Opérateur de la règle</translation>
    </message>
    <message>
        <source>Rule value</source>
        <translation>Valeur de la règle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Tag to apply</source>
        <translation>Étiquette à appliquer</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>A&amp;jouter une règle</translation>
    </message>
    <message>
        <source>Re&amp;move rule</source>
        <translation>Supp&amp;rimer la règle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tag rules</source>
        <translation>Règles d&apos;étiquetage</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>appl&amp;y</source>
        <translation>app&amp;liquer</translation>
    </message>
    <message>
        <source>Evaluates the assets against your compliance policies.</source>
        <translation>Évalue les actifs par rapport à vos stratégies de conformité.</translation>
    </message>
    <message>
        <source>Not available: Policy Compliance needs the PC agent and Compliance Manager, which are not enabled in the application settings.</source>
        <translation>Non disponible&#xa0;: la conformité aux stratégies nécessite l&apos;agent PC et Compliance Manager, qui ne sont pas activés dans les paramètres de l&apos;application.</translation>
    </message>
    <message>
        <source>Applied to every discovered asset. We recommend one generic tag such as &quot;Azure&quot;.</source>
        <translation>Appliquées à chaque actif découvert. Nous recommandons une étiquette générique telle que « Azure ».</translation>
    </message>
    <message>
        <source>C&amp;reate tag…</source>
        <translation>Créer u&amp;ne étiquette…</translation>
    </message>
    <message>
        <source>Adds a tag to the catalogue and selects it as an asset tag.</source>
        <translation>Ajoute une étiquette au catalogue et la sélectionne comme étiquette d&apos;actif.</translation>
    </message>
</context>
<context>
    <name>atc::TenantConnectorPush</name>
    <message>
        <source>Looking for &quot;%1&quot; on Qualys…</source>
        <translation>Recherche de « %1 » sur Qualys…</translation>
    </message>
    <message>
        <source>Updating tenant connector %1 on Qualys…</source>
        <translation>Mise à jour du connecteur de locataire %1 sur Qualys…</translation>
    </message>
    <message>
        <source>Creating the tenant connector on Qualys…</source>
        <translation>Création du connecteur de locataire sur Qualys…</translation>
    </message>
    <message>
        <source>Qualys created the tenant connector but did not say its id; the next push looks it up by name first.</source>
        <translation>Qualys a créé le connecteur de locataire mais n&apos;a pas indiqué son ID&#xa0;; le prochain envoi le recherchera d&apos;abord par son nom.</translation>
    </message>
    <message>
        <source>the connector&apos;s Azure authentication key is needed (Qualys stores it)</source>
        <translation>la clé d&apos;authentification Azure du connecteur est nécessaire (Qualys la conserve)</translation>
    </message>
    <message>
        <source>Signing in to Qualys %1…</source>
        <translation>Connexion à Qualys %1…</translation>
    </message>
    <message>
        <source>An earlier create may have succeeded, and this platform offers no list to check. Look for &quot;%1&quot; in the Qualys portal; if it is not there, push again choosing to create it anew.</source>
        <translation>Une création antérieure a peut-être réussi, et cette plateforme ne propose aucune liste pour le vérifier. Cherchez « %1 » dans le portail Qualys&#xa0;; s&apos;il n&apos;y est pas, envoyez de nouveau en choisissant de le recréer.</translation>
    </message>
</context>
<context>
    <name>atc::TenantConnectorStatusChange</name>
    <message>
        <source>no tenant connector id is recorded for this platform</source>
        <translation>aucun ID de connecteur de locataire n&apos;est enregistré pour cette plateforme</translation>
    </message>
    <message>
        <source>Qualys left out tenant connector(s) %1 of its answer.</source>
        <translation>Qualys a omis le ou les connecteurs de locataire %1 dans sa réponse.</translation>
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
        <translation>Azure Chine (21Vianet)</translation>
    </message>
    <message>
        <source>Custom endpoints</source>
        <translation>Points de terminaison personnalisés</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Tenant Details</source>
        <translation>Détails du locataire</translation>
    </message>
    <message>
        <source>Enter the app registration that reads your tenant, then test the connection.</source>
        <translation>Indiquez l&apos;inscription d&apos;application qui lit votre locataire, puis testez la connexion.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Advanced: other clouds and custom endpoints</source>
        <translation>Avancé&#xa0;: autres clouds et points de terminaison personnalisés</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Sign-in (authority) URL</source>
        <translation>URL de connexion (autorité)</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust in addition to the system</source>
        <translation>Facultatif&#xa0;: un fichier PEM à approuver en plus du système</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gn-in URL:</source>
        <translation>URL de &amp;connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation>URL de Resource &amp;Manager&#xa0;:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>Certi&amp;ficat d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant polling frequency in hours</source>
        <translation>Fréquence d&apos;interrogation du locataire en heures</translation>
    </message>
    <message>
        <source>Tenant Name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>e.g. Contoso</source>
        <translation>p. ex. Contoso</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>ID d&apos;application</translation>
    </message>
    <message>
        <source>Directory ID</source>
        <translation>ID de l&apos;annuaire</translation>
    </message>
    <message>
        <source>GUID or contoso.onmicrosoft.com</source>
        <translation>GUID ou contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the authentication key</source>
        <translation>Afficher la clé d&apos;authentification</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to create the app registration and its roles&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;How to create the authentication key&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Créer l&apos;inscription d&apos;application et ses rôles&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Créer la clé d&apos;authentification&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Type de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant &amp;polling frequency:</source>
        <translation>Fré&amp;quence d&apos;interrogation du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;enant Name:</source>
        <translation>N&amp;om du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>&amp;ID d&apos;application (client)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Directory (tenant) ID:</source>
        <translation>I&amp;D de l&apos;annuaire (locataire)&#xa0;:</translation>
    </message>
    <message>
        <source>Authentication &amp;Key:</source>
        <translation>Clé d&apos;aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>C&amp;ancel Test</source>
        <translation>Annul&amp;er le test</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox tenant</source>
        <translation>Utiliser le locataire sandbo&amp;x</translation>
    </message>
    <message>
        <source>Fill in the built-in emulated tenant, to try the wizard without Azure.</source>
        <translation>Remplit les champs avec le locataire émulé intégré, pour essayer l&apos;assistant sans Azure.</translation>
    </message>
    <message>
        <source>Test Connection steps</source>
        <translation>Étapes du test de connexion</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Choisir un certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the authentication key</source>
        <translation>Masquer la clé d&apos;authentification</translation>
    </message>
    <message>
        <source>%1 (chosen under Advanced)</source>
        <translation>%1 (choisi sous Avancé)</translation>
    </message>
    <message>
        <source>The Value of the client secret</source>
        <translation>La valeur du secret client</translation>
    </message>
    <message>
        <source>Stored in the keychain; type a new key to replace it</source>
        <translation>Enregistrée dans le trousseau&#xa0;; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <source>The connection works: %n management group(s)</source>
        <translation>
            <numerusform>La connexion fonctionne&#xa0;: %n groupe d&apos;administration</numerusform>
            <numerusform>La connexion fonctionne&#xa0;: %n groupes d&apos;administration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n subscription(s) found. Choose Next to continue.</source>
        <translation>
            <numerusform> et %n abonnement trouvés. Choisissez Suivant pour continuer.</numerusform>
            <numerusform> et %n abonnements trouvés. Choisissez Suivant pour continuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test was cancelled. Run Test Connection again to continue.</source>
        <translation>Le test a été annulé. Relancez le test de connexion pour continuer.</translation>
    </message>
    <message>
        <source>The test failed: %1 %2</source>
        <translation>Le test a échoué&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The test did not finish. Run Test Connection again to continue.</source>
        <translation>Le test ne s&apos;est pas terminé. Relancez le test de connexion pour continuer.</translation>
    </message>
    <message>
        <source>Run Test Connection to continue: Next is enabled after a successful test.</source>
        <translation>Lancez le test de connexion pour continuer&#xa0;: Suivant est activé après un test réussi.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started.</source>
        <translation>Le locataire sandbox n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Read the stored authentication key</source>
        <translation>Lire la clé d&apos;authentification enregistrée</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>The credentials and endpoints are those saved: no new test is needed to continue. Test Connection checks them again.</source>
        <translation>Les informations d&apos;identification et les points de terminaison sont ceux enregistrés&#xa0;: aucun nouveau test n&apos;est nécessaire pour continuer. Le test de connexion les vérifie de nouveau.</translation>
    </message>
</context>
<context>
    <name>atc::TenantDiscovery</name>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Reading subscriptions…</source>
        <translation>Lecture des abonnements…</translation>
    </message>
    <message>
        <source>Reading the management-group hierarchy…</source>
        <translation>Lecture de la hiérarchie des groupes d&apos;administration…</translation>
    </message>
    <message>
        <source>Reading the readable management groups…</source>
        <translation>Lecture des groupes d&apos;administration lisibles…</translation>
    </message>
</context>
<context>
    <name>atc::TrayController</name>
    <message>
        <source>&amp;Show Azure Tenant Connector</source>
        <translation>&amp;Afficher Azure Tenant Connector</translation>
    </message>
    <message>
        <source>&amp;Run All Now</source>
        <translation>Tout &amp;exécuter maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; failed</source>
        <translation>L&apos;exécution de « %1 » a échoué</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; ended with errors</source>
        <translation>L&apos;exécution de « %1 » s&apos;est terminée avec des erreurs</translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s): see Run history.</source>
        <translation>
            <numerusform>%n autre erreur&#xa0;: voir l&apos;historique des exécutions.</numerusform>
            <numerusform>%n autres erreurs&#xa0;: voir l&apos;historique des exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>See Run history for what went wrong.</source>
        <translation>Consultez l&apos;historique des exécutions pour savoir ce qui s&apos;est mal passé.</translation>
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
        <translation>Utiliser le profil enregistré NAME (ou son ID).</translation>
    </message>
    <message>
        <source>AzureCloud (default), AzureUSGovernment or AzureChinaCloud.</source>
        <translation>AzureCloud (par défaut), AzureUSGovernment ou AzureChinaCloud.</translation>
    </message>
    <message>
        <source>Custom Azure Resource Manager URL.</source>
        <translation>URL personnalisée d&apos;Azure Resource Manager.</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file.</source>
        <translation>Approuver aussi les certificats d&apos;AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Requêtes simultanées en cours (8 par défaut).</translation>
    </message>
    <message>
        <source>--profile cannot be combined with --%1</source>
        <translation>--profile ne peut pas être combiné avec --%1</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos;. See &apos;atc profiles list&apos;.</source>
        <translation>aucun profil enregistré nommé &apos;%1&apos;. Voir &apos;atc profiles list&apos;.</translation>
    </message>
    <message>
        <source>--authority-host and --arm-endpoint go together, without --cloud</source>
        <translation>--authority-host et --arm-endpoint vont ensemble, sans --cloud</translation>
    </message>
    <message>
        <source>unknown cloud &apos;%1&apos;: use AzureCloud, AzureUSGovernment or AzureChinaCloud</source>
        <translation>cloud inconnu &apos;%1&apos;&#xa0;: utilisez AzureCloud, AzureUSGovernment ou AzureChinaCloud</translation>
    </message>
    <message>
        <source>--max-in-flight takes a number from 1 to 64</source>
        <translation>--max-in-flight attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>set the authentication key in the AZURE_CLIENT_SECRET environment variable (it is never taken from an argument)</source>
        <translation>définissez la clé d&apos;authentification dans la variable d&apos;environnement AZURE_CLIENT_SECRET (elle n&apos;est jamais lue depuis un argument)</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>[not connected]</source>
        <translation>[non connecté]</translation>
    </message>
    <message>
        <source>Resources: %1 of %2 subscriptions, %3 resources</source>
        <translation>Ressources&#xa0;: %1 abonnements sur %2, %3 ressources</translation>
    </message>
    <message>
        <source>Tests a tenant&apos;s credentials and permissions step by step. The authentication key comes from AZURE_CLIENT_SECRET or, for a profile, the keychain.</source>
        <translation>Teste étape par étape les informations d&apos;identification et les autorisations d&apos;un locataire. La clé d&apos;authentification provient d&apos;AZURE_CLIENT_SECRET ou, pour un profil, du trousseau.</translation>
    </message>
    <message>
        <source>Also check the write permission remediation needs (default: the profile&apos;s setting).</source>
        <translation>Vérifier aussi l&apos;autorisation d&apos;écriture nécessaire à la correction (par défaut&#xa0;: le paramètre du profil).</translation>
    </message>
    <message>
        <source>Discovers management groups and subscriptions (and with --resources, their resources).</source>
        <translation>Découvre les groupes d&apos;administration et les abonnements (et, avec --resources, leurs ressources).</translation>
    </message>
    <message>
        <source>Also list the resources of every connectable subscription.</source>
        <translation>Lister aussi les ressources de chaque abonnement connectable.</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>atc: warning: subscription %1: %2</source>
        <translation>atc&#xa0;: avertissement&#xa0;: abonnement %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tenant %1: %n management group(s)</source>
        <translation>
            <numerusform>Locataire %1&#xa0;: %n groupe d&apos;administration</numerusform>
            <numerusform>Locataire %1&#xa0;: %n groupes d&apos;administration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>--synthetic expects groups,subscriptions,resources[,seed]</source>
        <translation>--synthetic attend groupes,abonnements,ressources[,graine]</translation>
    </message>
    <message>
        <source>Runs the loopback Azure emulator until interrupted and prints its base URL (authority and ARM).</source>
        <translation>Exécute l&apos;émulateur Azure local jusqu&apos;à son interruption et affiche son URL de base (autorité et ARM).</translation>
    </message>
    <message>
        <source>Serve the sandbox tenant &quot;Contoso&quot; (default).</source>
        <translation>Servir le locataire sandbox « Contoso » (par défaut).</translation>
    </message>
    <message>
        <source>Serve the tenant described in FILE (docs/emulator.md).</source>
        <translation>Servir le locataire décrit dans FILE (docs/emulator.md).</translation>
    </message>
    <message>
        <source>Serve a generated tenant: groups,subscriptions,resources[,seed].</source>
        <translation>Servir un locataire généré&#xa0;: groupes,abonnements,ressources[,graine].</translation>
    </message>
    <message>
        <source>Added latency per request.</source>
        <translation>Latence ajoutée par requête.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Port sur 127.0.0.1 (par défaut&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>choose one of --sandbox, --tenant and --synthetic</source>
        <translation>choisissez une seule option parmi --sandbox, --tenant et --synthetic</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535</source>
        <translation>--port attend un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>--latency-ms takes a number</source>
        <translation>--latency-ms attend un nombre</translation>
    </message>
    <message>
        <source>Tenant %1 (%2)</source>
        <translation>Locataire %1 (%2)</translation>
    </message>
    <message>
        <source>Try: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 --client-id %2 --authority-host %3 --arm-endpoint %3</source>
        <translation>Essayez&#xa0;: AZURE_CLIENT_SECRET=… atc discover --tenant-id %1 --client-id %2 --authority-host %3 --arm-endpoint %3</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox tenant in this process, tests the connection, discovers it and prints a summary.</source>
        <translation>Démarre le locataire sandbox intégré dans ce processus, teste la connexion, le découvre et affiche un récapitulatif.</translation>
    </message>
    <message>
        <source>Sandbox tenant &quot;%1&quot; (%2) served at %3</source>
        <translation>Locataire sandbox « %1 » (%2) servi sur %3</translation>
    </message>
    <message>
        <source>Test connection:</source>
        <translation>Test de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Management groups and subscriptions:</source>
        <translation>Groupes d&apos;administration et abonnements&#xa0;:</translation>
    </message>
    <message>
        <source>Resources per subscription:</source>
        <translation>Ressources par abonnement&#xa0;:</translation>
    </message>
    <message>
        <source>%1, not connected</source>
        <translation>%1, non connecté</translation>
    </message>
    <message>
        <source>Most common resource types:</source>
        <translation>Types de ressources les plus courants&#xa0;:</translation>
    </message>
    <message>
        <source>Total: %1 management groups, %2 subscriptions, %3 resources, %4 public IP addresses, %5 DNS names (%6 requests).</source>
        <translation>Total&#xa0;: %1 groupes d&apos;administration, %2 abonnements, %3 ressources, %4 adresses IP publiques, %5 noms DNS (%6 requêtes).</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>le profil « %1 » n&apos;est pas valide&#xa0;: %2 Corrigez-le dans l&apos;application, ou corrigez son fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start.</source>
        <translation>Le locataire sandbox n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Perimeter targets (public IP addresses and DNS names):</source>
        <translation>Cibles de périmètre (adresses IP publiques et noms DNS)&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Directory (tenant) ID: a GUID or a domain (default: AZURE_TENANT_ID).</source>
        <translation>ID de l&apos;annuaire (locataire)&#xa0;: un GUID ou un domaine (par défaut&#xa0;: AZURE_TENANT_ID).</translation>
    </message>
    <message>
        <source>Application (client) ID (default: AZURE_CLIENT_ID).</source>
        <translation>ID d&apos;application (client) (par défaut&#xa0;: AZURE_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Custom authority host URL, with --arm-endpoint (default: AZURE_AUTHORITY_HOST; a known cloud&apos;s host chooses that cloud).</source>
        <translation>URL d&apos;hôte d&apos;autorité personnalisée, avec --arm-endpoint (par défaut&#xa0;: AZURE_AUTHORITY_HOST&#xa0;; l&apos;hôte d&apos;un cloud connu choisit ce cloud).</translation>
    </message>
    <message>
        <source>give --profile NAME, or --tenant-id and --client-id (or set AZURE_TENANT_ID and AZURE_CLIENT_ID)</source>
        <translation>indiquez --profile NAME, ou --tenant-id et --client-id (ou définissez AZURE_TENANT_ID et AZURE_CLIENT_ID)</translation>
    </message>
    <message>
        <source>AZURE_AUTHORITY_HOST %1 is not the authority of a known cloud: give --arm-endpoint too, or --cloud</source>
        <translation>AZURE_AUTHORITY_HOST %1 n&apos;est pas l&apos;autorité d&apos;un cloud connu&#xa0;: indiquez aussi --arm-endpoint, ou --cloud</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sandbox tenant %1, app %2; its authentication key (valid only here) is %3</source>
        <translation>Locataire sandbox %1, application %2&#xa0;; sa clé d&apos;authentification (valable uniquement ici) est %3</translation>
    </message>
    <message>
        <source>Output format: text (default), json, ndjson or csv.</source>
        <translation>Format de sortie&#xa0;: text (par défaut), json, ndjson ou csv.</translation>
    </message>
    <message>
        <source>cannot write the output (standard output closed or full)</source>
        <translation>impossible d&apos;écrire la sortie (sortie standard fermée ou pleine)</translation>
    </message>
    <message>
        <source>To use the desktop application: start azure-tenant-connector in a desktop session (from a source tree: scripts/run.sh) and choose &quot;Try the sandbox tenant&quot;. To serve the sandbox to other tools: atc emulator --sandbox.</source>
        <translation>Pour utiliser l&apos;application de bureau&#xa0;: lancez azure-tenant-connector dans une session de bureau (depuis une arborescence source&#xa0;: scripts/run.sh) et choisissez « Essayer le locataire sandbox ». Pour servir la sandbox à d&apos;autres outils&#xa0;: atc emulator --sandbox.</translation>
    </message>
</context>
<context>
    <name>atc::cli::Profiles</name>
    <message>
        <source>1 selected management group</source>
        <translation>1 groupe d&apos;administration sélectionné</translation>
    </message>
    <message>
        <source>%1 selected management groups</source>
        <translation>%1 groupes d&apos;administration sélectionnés</translation>
    </message>
    <message>
        <source>all management groups</source>
        <translation>tous les groupes d&apos;administration</translation>
    </message>
    <message>
        <source>all management groups, %1 excluded</source>
        <translation>tous les groupes d&apos;administration, %1 exclus</translation>
    </message>
    <message>
        <source>atc: warning: cannot load %1: %2</source>
        <translation>atc&#xa0;: avertissement&#xa0;: impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>It was moved to %1.</source>
        <translation>Le fichier a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>no profile with the id or name &quot;%1&quot;. Run &apos;atc profiles list&apos;.</source>
        <translation>aucun profil n&apos;a l&apos;ID ou le nom « %1 ». Lancez &apos;atc profiles list&apos;.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>CSPM</source>
        <translation>CSPM</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Authority host</source>
        <translation>Hôte d&apos;autorité</translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation>Resource Manager</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>Directory (tenant) ID</source>
        <translation>ID de l&apos;annuaire (locataire)</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <source>every %1 hours</source>
        <translation>toutes les %1 heures</translation>
    </message>
    <message>
        <source>Tenant polling</source>
        <translation>Interrogation du locataire</translation>
    </message>
    <message>
        <source>Subscription polling</source>
        <translation>Interrogation des abonnements</translation>
    </message>
    <message>
        <source>Connector name prefix</source>
        <translation>Préfixe des noms de connecteurs</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Groupes sélectionnés</translation>
    </message>
    <message>
        <source>Excluded groups</source>
        <translation>Groupes exclus</translation>
    </message>
    <message>
        <source>Create for new subscriptions</source>
        <translation>Créer pour les nouveaux abonnements</translation>
    </message>
    <message>
        <source>Disable for deleted subscriptions</source>
        <translation>Désactiver pour les abonnements supprimés</translation>
    </message>
    <message>
        <source>VM scanning</source>
        <translation>Analyse des VM</translation>
    </message>
    <message>
        <source>Cloud perimeter scan</source>
        <translation>Analyse du périmètre cloud</translation>
    </message>
    <message>
        <source>Perimeter schedule</source>
        <translation>Planification du périmètre</translation>
    </message>
    <message>
        <source>global scan configuration</source>
        <translation>configuration d&apos;analyse globale</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Policy compliance</source>
        <translation>Conformité aux stratégies</translation>
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
        <translation>Étiquettes d&apos;actifs</translation>
    </message>
    <message>
        <source>Tag rules</source>
        <translation>Règles d&apos;étiquetage</translation>
    </message>
    <message>
        <source>Connector tags</source>
        <translation>Étiquettes du connecteur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Authentication key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>in the keychain (never shown)</source>
        <translation>dans le trousseau (jamais affichée)</translation>
    </message>
    <message>
        <source>No saved profiles. Create one in the application, or import a profile file with &apos;atc profiles import &lt;file&gt;&apos;.</source>
        <translation>Aucun profil enregistré. Créez-en un dans l&apos;application, ou importez un fichier de profil avec &apos;atc profiles import &lt;file&gt;&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÉTENDUE</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot; (%2) and its authentication key.</source>
        <translation>Le profil « %1 » (%2) et sa clé d&apos;authentification ont été supprimés.</translation>
    </message>
    <message>
        <source>atc: warning: deleted profile &quot;%1&quot;, but its authentication key could not be removed from the keychain: %2</source>
        <translation>atc&#xa0;: avertissement&#xa0;: le profil « %1 » a été supprimé, mais sa clé d&apos;authentification n&apos;a pas pu être retirée du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>the profile was kept because its authentication key could not be removed from the keychain: %1 Use --force to delete the profile anyway.</source>
        <translation>le profil a été conservé, car sa clé d&apos;authentification n&apos;a pas pu être retirée du trousseau&#xa0;: %1 Utilisez --force pour supprimer le profil malgré tout.</translation>
    </message>
    <message>
        <source>Output format of list and show: text or json.</source>
        <translation>Format de sortie de list et show&#xa0;: text ou json.</translation>
    </message>
    <message>
        <source>export: overwrite the file. delete: delete the profile even when the keychain cannot remove its key.</source>
        <translation>export&#xa0;: écraser le fichier. delete&#xa0;: supprimer le profil même si le trousseau ne peut pas retirer sa clé.</translation>
    </message>
    <message>
        <source>missing action. Run &apos;atc profiles --help&apos;.</source>
        <translation>action manquante. Lancez &apos;atc profiles --help&apos;.</translation>
    </message>
    <message>
        <source>usage: atc profiles %1</source>
        <translation>utilisation&#xa0;: atc profiles %1</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot; as %2.</source>
        <translation>Profil « %1 » importé sous %2.</translation>
    </message>
    <message>
        <source>The authentication key is not part of a profile file: enter it in the application before the first run.</source>
        <translation>La clé d&apos;authentification ne fait pas partie d&apos;un fichier de profil&#xa0;: saisissez-la dans l&apos;application avant la première exécution.</translation>
    </message>
    <message>
        <source>%1 already exists. Use --force to overwrite it.</source>
        <translation>%1 existe déjà. Utilisez --force pour l&apos;écraser.</translation>
    </message>
    <message>
        <source>Exported profile &quot;%1&quot; to %2 (without its authentication key).</source>
        <translation>Profil « %1 » exporté vers %2 (sans sa clé d&apos;authentification).</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;. Run &apos;atc profiles --help&apos;.</source>
        <translation>action inconnue « %1 ». Lancez &apos;atc profiles --help&apos;.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot; is already enabled.</source>
        <translation>Le connecteur de locataire « %1 » est déjà activé.</translation>
    </message>
    <message>
        <source>Tenant connector &quot;%1&quot; is already disabled.</source>
        <translation>Le connecteur de locataire « %1 » est déjà désactivé.</translation>
    </message>
    <message>
        <source>Enabled tenant connector &quot;%1&quot; (%2): it runs on its schedule again.</source>
        <translation>Connecteur de locataire « %1 » (%2) activé : il s&apos;exécute à nouveau selon sa planification.</translation>
    </message>
    <message>
        <source>Disabled tenant connector &quot;%1&quot; (%2): it does not run until it is enabled again (&apos;atc profiles enable&apos;).</source>
        <translation>Connecteur de locataire « %1 » (%2) désactivé : il ne s&apos;exécute plus jusqu&apos;à sa réactivation (&apos;atc profiles enable&apos;).</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; (%2) is not valid: %3 Correct the profile in the application, or correct its file and import it again.</source>
        <translation>le profil « %1 » (%2) n&apos;est pas valide&#xa0;: %3 Corrigez le profil dans l&apos;application, ou corrigez son fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>%1 minutes (not valid)</source>
        <translation>%1 minutes (non valide)</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentication key: </source>
        <translation>Clé d&apos;authentification&#xa0;: </translation>
    </message>
    <message>
        <source>give the new profile&apos;s name: --name NAME</source>
        <translation>indiquez le nom du nouveau profil&#xa0;: --name NAME</translation>
    </message>
    <message>
        <source>no authentication key: give it on standard input with --secret-stdin, or in AZURE_CLIENT_SECRET (never as an argument)</source>
        <translation>aucune clé d&apos;authentification&#xa0;: fournissez-la sur l&apos;entrée standard avec --secret-stdin, ou dans AZURE_CLIENT_SECRET (jamais en argument)</translation>
    </message>
    <message>
        <source>the profile was not created: %1</source>
        <translation>le profil n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; (%2); its authentication key is in the keychain.</source>
        <translation>Profil « %1 » (%2) créé&#xa0;; sa clé d&apos;authentification est dans le trousseau.</translation>
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
        <translation>Profils de connecteur de locataire enregistrés.

  list                      lister les profils enregistrés
  create --name NAME …      créer un profil et enregistrer sa clé (depuis
                            --secret-stdin ou AZURE_CLIENT_SECRET)
  show &lt;id|nom&gt;             afficher tous les paramètres d&apos;un profil
  import &lt;fichier&gt;          importer un fichier de profil sous un nouvel ID
  export &lt;id|nom&gt; &lt;fichier&gt; écrire un profil dans un fichier (sans secret)
  delete &lt;id|nom&gt;           supprimer un profil et sa clé d&apos;authentification
  enable &lt;id|nom&gt;           activer un connecteur de locataire&#xa0;: il s&apos;exécute de nouveau
  disable &lt;id|nom&gt;          désactiver un connecteur de locataire&#xa0;: il ne s&apos;exécute jamais (ni selon sa planification ni avec &apos;atc run&apos;) jusqu&apos;à sa réactivation</translation>
    </message>
    <message>
        <source>list, show, create, import, export, delete, enable or disable</source>
        <translation>list, show, create, import, export, delete, enable ou disable</translation>
    </message>
    <message>
        <source>import: save the profile under this name. create: its name.</source>
        <translation>import&#xa0;: enregistrer le profil sous ce nom. create&#xa0;: son nom.</translation>
    </message>
    <message>
        <source>create: the tenant&apos;s display name.</source>
        <translation>create&#xa0;: le nom d&apos;affichage du locataire.</translation>
    </message>
    <message>
        <source>create: a description.</source>
        <translation>create&#xa0;: une description.</translation>
    </message>
    <message>
        <source>create: the subscription connectors&apos; name prefix.</source>
        <translation>create&#xa0;: le préfixe des noms des connecteurs d&apos;abonnement.</translation>
    </message>
    <message>
        <source>create: also trust the CA certificate(s) in this PEM file.</source>
        <translation>create&#xa0;: faire aussi confiance aux certificats d&apos;AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>create: the tenant connector starts disabled.</source>
        <translation>create&#xa0;: le connecteur de locataire démarre désactivé.</translation>
    </message>
    <message>
        <source>create: read the authentication key from the first line of standard input (else AZURE_CLIENT_SECRET).</source>
        <translation>create&#xa0;: lire la clé d&apos;authentification sur la première ligne de l&apos;entrée standard (sinon AZURE_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Usage: atc profiles [options] list|show|create|import|export|delete|enable|disable [arguments]</source>
        <translation>Utilisation&#xa0;: atc profiles [options] list|show|create|import|export|delete|enable|disable [arguments]</translation>
    </message>
</context>
<context>
    <name>atc::cli::Qualys</name>
    <message>
        <source>Cancelling …</source>
        <translation>Annulation …</translation>
    </message>
    <message>
        <source>give --qualys-platform POD, or --qualys-gateway URL and --qualys-api-server URL, not both</source>
        <translation>indiquez --qualys-platform POD, ou --qualys-gateway URL et --qualys-api-server URL, pas les deux</translation>
    </message>
    <message>
        <source>unknown Qualys platform &quot;%1&quot;: use one of %2, or --qualys-gateway URL with --qualys-api-server URL</source>
        <translation>plateforme Qualys inconnue « %1 »&#xa0;: utilisez l&apos;une de %2, ou --qualys-gateway URL avec --qualys-api-server URL</translation>
    </message>
    <message>
        <source>--qualys-gateway and --qualys-api-server go together: the two hosts of a Qualys platform are never derived from each other</source>
        <translation>--qualys-gateway et --qualys-api-server vont ensemble&#xa0;: les deux hôtes d&apos;une plateforme Qualys ne sont jamais déduits l&apos;un de l&apos;autre</translation>
    </message>
    <message>
        <source>atc: warning: %1</source>
        <translation>atc&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>give the Qualys platform: --qualys-platform POD (US1, EU1, …), or --qualys-gateway URL and --qualys-api-server URL</source>
        <translation>indiquez la plateforme Qualys&#xa0;: --qualys-platform POD (US1, EU1, …), ou --qualys-gateway URL et --qualys-api-server URL</translation>
    </message>
    <message>
        <source>no Qualys account for %1: set QUALYS_USERNAME and QUALYS_PASSWORD (or QUALYS_CLIENT_ID and QUALYS_CLIENT_SECRET), or store one with &apos;atc qualys login&apos;. A secret is never taken from an argument.</source>
        <translation>aucun compte Qualys pour %1&#xa0;: définissez QUALYS_USERNAME et QUALYS_PASSWORD (ou QUALYS_CLIENT_ID et QUALYS_CLIENT_SECRET), ou enregistrez-en un avec &apos;atc qualys login&apos;. Un secret n&apos;est jamais pris d&apos;un argument.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>profil « %1 »&#xa0;: %2</translation>
    </message>
    <message>
        <source>give --profile NAME (a saved profile&apos;s name or id)</source>
        <translation>indiquez --profile NAME (le nom ou l&apos;ID d&apos;un profil enregistré)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no tenant connector id for Qualys %2: the answer to its create was lost. Run &apos;atc qualys push --profile &quot;%1&quot;&apos; again: it looks the connector up before creating anything. Then run &apos;atc qualys %3&apos;.</source>
        <translation>le profil « %1 » n&apos;a pas d&apos;ID de connecteur de locataire pour Qualys %2&#xa0;: la réponse à sa création a été perdue. Relancez &apos;atc qualys push --profile &quot;%1&quot;&apos;&#xa0;: il recherche le connecteur avant de créer quoi que ce soit. Lancez ensuite &apos;atc qualys %3&apos;.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has not been pushed to Qualys %2 (no tenant connector id recorded for it). Run &apos;atc qualys push --profile &quot;%1&quot;&apos; first.</source>
        <translation>le profil « %1 » n&apos;a pas été envoyé vers Qualys %2 (aucun ID de connecteur de locataire enregistré pour lui). Lancez d&apos;abord &apos;atc qualys push --profile &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid, so it is not pushed: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>le profil « %1 » n&apos;est pas valide, il n&apos;est donc pas envoyé&#xa0;: %2 Corrigez-le dans l&apos;application, ou corrigez son fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be pushed to Qualys: %2</source>
        <translation>le profil « %1 » ne peut pas être envoyé vers Qualys&#xa0;: %2</translation>
    </message>
    <message>
        <source>atc: note: %1</source>
        <translation>atc&#xa0;: remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>the tenant connector was %1 on Qualys %2 (id %3), but the profile could not record it: %4 A later push would create a second connector; correct the problem and push again only after checking the platform.</source>
        <translation>le connecteur de locataire sur Qualys %2 (ID %3) a été créé ou mis à jour (%1), mais le profil n&apos;a pas pu l&apos;enregistrer&#xa0;: %4 Un envoi ultérieur créerait un second connecteur&#xa0;; corrigez le problème et n&apos;envoyez de nouveau qu&apos;après avoir vérifié la plateforme.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>atc: warning: Qualys did not return the new tenant connector&apos;s id; &apos;atc qualys status&apos;, &apos;enable&apos; and &apos;disable&apos; need it. The next push looks the connector up before creating anything.</source>
        <translation>atc&#xa0;: avertissement&#xa0;: Qualys n&apos;a pas renvoyé l&apos;ID du nouveau connecteur de locataire&#xa0;; &apos;atc qualys status&apos;, &apos;enable&apos; et &apos;disable&apos; en ont besoin. Le prochain envoi recherche le connecteur avant de créer quoi que ce soit.</translation>
    </message>
    <message>
        <source>(id unknown)</source>
        <translation>(ID inconnu)</translation>
    </message>
    <message>
        <source>Created tenant connector %1 on Qualys %2 from profile &quot;%3&quot;.</source>
        <translation>Connecteur de locataire %1 créé sur Qualys %2 à partir du profil « %3 ».</translation>
    </message>
    <message>
        <source>Updated tenant connector %1 on Qualys %2 from profile &quot;%3&quot;.</source>
        <translation>Connecteur de locataire %1 mis à jour sur Qualys %2 à partir du profil « %3 ».</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Qualys platform</source>
        <translation>Plateforme Qualys</translation>
    </message>
    <message>
        <source>Tenant connector id</source>
        <translation>ID du connecteur de locataire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>not readable (this platform offers no way to read a tenant connector)</source>
        <translation>illisible (cette plateforme ne permet pas de lire un connecteur de locataire)</translation>
    </message>
    <message>
        <source>Last pushed</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>No subscription connectors yet: Qualys creates them when the tenant connector syncs.</source>
        <translation>Pas encore de connecteurs d&apos;abonnement&#xa0;: Qualys les crée lors de la synchronisation du connecteur de locataire.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRONISATION</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription connector(s) read …</source>
        <translation>
            <numerusform>%n connecteur d&apos;abonnement lu …</numerusform>
            <numerusform>%n connecteurs d&apos;abonnement lus …</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled tenant connector %1 (profile &quot;%2&quot;) on Qualys %3.</source>
        <translation>Connecteur de locataire %1 (profil « %2 ») activé sur Qualys %3.</translation>
    </message>
    <message>
        <source>Disabled tenant connector %1 (profile &quot;%2&quot;) on Qualys %3: it does not sync until it is enabled again.</source>
        <translation>Connecteur de locataire %1 (profil « %2 ») désactivé sur Qualys %3&#xa0;: il ne se synchronise plus jusqu&apos;à sa réactivation.</translation>
    </message>
    <message>
        <source>give --user NAME or --client-id ID, not both</source>
        <translation>indiquez --user NAME ou --client-id ID, pas les deux</translation>
    </message>
    <message>
        <source>give the Qualys user name (--user NAME or QUALYS_USERNAME) or the client id (--client-id ID or QUALYS_CLIENT_ID)</source>
        <translation>indiquez le nom d&apos;utilisateur Qualys (--user NAME ou QUALYS_USERNAME) ou l&apos;ID client (--client-id ID ou QUALYS_CLIENT_ID)</translation>
    </message>
    <message>
        <source>set the client secret in QUALYS_CLIENT_SECRET, or pipe it on standard input (it is never taken from an argument)</source>
        <translation>définissez le secret client dans QUALYS_CLIENT_SECRET, ou transmettez-le par un tube sur l&apos;entrée standard (il n&apos;est jamais pris d&apos;un argument)</translation>
    </message>
    <message>
        <source>set the password in QUALYS_PASSWORD, or pipe it on standard input (it is never taken from an argument)</source>
        <translation>définissez le mot de passe dans QUALYS_PASSWORD, ou transmettez-le par un tube sur l&apos;entrée standard (il n&apos;est jamais pris d&apos;un argument)</translation>
    </message>
    <message>
        <source>no client secret on standard input</source>
        <translation>aucun secret client sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Testing the login of %1 …</source>
        <translation>Test de la connexion de %1 …</translation>
    </message>
    <message>
        <source>the login works, but the keychain could not store the secret: %1</source>
        <translation>la connexion fonctionne, mais le trousseau n&apos;a pas pu enregistrer le secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to Qualys %1 with client id %2; the client secret is stored in the keychain.</source>
        <translation>Connecté à Qualys %1 avec l&apos;ID client %2&#xa0;; le secret client est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Signed in to Qualys %1 as %2; the password is stored in the keychain.</source>
        <translation>Connecté à Qualys %1 en tant que %2&#xa0;; le mot de passe est enregistré dans le trousseau.</translation>
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
        <translation>Le connecteur de locataire sur une plateforme Qualys.

  push --profile NAME       le créer à partir du profil enregistré, ou le mettre à
                            jour si le profil enregistre son ID sur cette plateforme
  status --profile NAME     le connecteur de locataire et ses connecteurs d&apos;abonnement
  enable --profile NAME     l&apos;activer sur la plateforme
  disable --profile NAME    le désactiver sur la plateforme (il ne se synchronise plus)
  login                     tester une connexion Qualys et l&apos;enregistrer dans le trousseau

Le secret Qualys provient de QUALYS_USERNAME + QUALYS_PASSWORD, ou de QUALYS_CLIENT_ID +
QUALYS_CLIENT_SECRET, sinon du trousseau (&apos;atc qualys login&apos;)&#xa0;; la clé Azure provient de
AZURE_CLIENT_SECRET ou du trousseau. Jamais d&apos;un argument. Codes de sortie&#xa0;: docs/cli.md.</translation>
    </message>
    <message>
        <source>push, status, enable, disable or login</source>
        <translation>push, status, enable, disable ou login</translation>
    </message>
    <message>
        <source>The saved profile NAME (or id).</source>
        <translation>Le profil enregistré NAME (ou son ID).</translation>
    </message>
    <message>
        <source>The Qualys platform (pod): US1, US2, …, EU1, …, KSA1.</source>
        <translation>La plateforme Qualys (pod)&#xa0;: US1, US2, …, EU1, …, KSA1.</translation>
    </message>
    <message>
        <source>A custom platform&apos;s gateway URL (with --qualys-api-server).</source>
        <translation>L&apos;URL de la passerelle d&apos;une plateforme personnalisée (avec --qualys-api-server).</translation>
    </message>
    <message>
        <source>A custom platform&apos;s API server URL (with --qualys-gateway).</source>
        <translation>L&apos;URL du serveur d&apos;API d&apos;une plateforme personnalisée (avec --qualys-gateway).</translation>
    </message>
    <message>
        <source>Also trust the CA certificate(s) in this PEM file for the Qualys hosts.</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM pour les hôtes Qualys.</translation>
    </message>
    <message>
        <source>login: the Qualys user name.</source>
        <translation>login&#xa0;: le nom d&apos;utilisateur Qualys.</translation>
    </message>
    <message>
        <source>login: a Qualys client id (instead of a user name).</source>
        <translation>login&#xa0;: un ID client Qualys (au lieu d&apos;un nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Usage: atc qualys [options] push|status|enable|disable|login</source>
        <translation>Utilisation&#xa0;: atc qualys [options] push|status|enable|disable|login</translation>
    </message>
    <message>
        <source>missing action. Run &apos;atc qualys --help&apos;.</source>
        <translation>action manquante. Lancez &apos;atc qualys --help&apos;.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;. Run &apos;atc qualys --help&apos;.</source>
        <translation>action inconnue « %1 ». Lancez &apos;atc qualys --help&apos;.</translation>
    </message>
    <message>
        <source>--%1 is not an option of &apos;atc qualys %2&apos;</source>
        <translation>--%1 n&apos;est pas une option de &apos;atc qualys %2&apos;</translation>
    </message>
    <message>
        <source>--existing-id takes the tenant connector&apos;s id shown in the Qualys portal (a positive number), and not with --create-anew</source>
        <translation>--existing-id attend l&apos;identifiant du connecteur de locataire affiché dans le portail Qualys (un nombre positif), et pas avec --create-anew</translation>
    </message>
    <message>
        <source>atc: once you have looked in the Qualys portal: push again with --existing-id ID when the tenant connector is there, or with --create-anew when it is not.</source>
        <translation>atc&#xa0;: après avoir vérifié dans le portail Qualys, relancez l&apos;envoi avec --existing-id ID si le connecteur de locataire s&apos;y trouve, ou avec --create-anew sinon.</translation>
    </message>
    <message>
        <source>push: the tenant connector already exists on the platform with this id (after a lost create reply): update it.</source>
        <translation>push&#xa0;: le connecteur de locataire existe déjà sur la plateforme avec cet identifiant (après une réponse de création perdue)&#xa0;: le mettre à jour.</translation>
    </message>
    <message>
        <source>push: create a new tenant connector even though an earlier create may have succeeded (you checked the portal: it is not there).</source>
        <translation>push&#xa0;: créer un nouveau connecteur de locataire même si une création précédente a pu réussir (vous avez vérifié dans le portail&#xa0;: il n&apos;y est pas).</translation>
    </message>
</context>
<context>
    <name>atc::cli::Runtime</name>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no saved profile named &apos;%1&apos;. See &apos;atc profiles list&apos;.</source>
        <translation>aucun profil enregistré nommé &apos;%1&apos;. Voir &apos;atc profiles list&apos;.</translation>
    </message>
    <message>
        <source>Run the saved profile NAME (or id).</source>
        <translation>Exécuter le profil enregistré NAME (ou son ID).</translation>
    </message>
    <message>
        <source>Run every saved profile.</source>
        <translation>Exécuter tous les profils enregistrés.</translation>
    </message>
    <message>
        <source>Run tenant connectors and their subscription connectors now.</source>
        <translation>Exécuter maintenant les connecteurs de locataire et leurs connecteurs d&apos;abonnement.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 created, %4 updated, %5 removed)</source>
        <translation>%1&#xa0;: %2 (%3 créés, %4 mis à jour, %5 supprimés)</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Annulation …</translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1&#xa0;: rien à exécuter</translation>
    </message>
    <message>
        <source>Only this saved profile (default: all).</source>
        <translation>Uniquement ce profil enregistré (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Keep running connectors on their polling frequencies until interrupted.</source>
        <translation>Exécuter les connecteurs en continu selon leurs fréquences d&apos;interrogation jusqu&apos;à interruption.</translation>
    </message>
    <message>
        <source>%1: tenant run started</source>
        <translation>%1&#xa0;: exécution du locataire démarrée</translation>
    </message>
    <message>
        <source>%1: %2 subscription connector(s) started</source>
        <translation>%1&#xa0;: %2 connecteur(s) d&apos;abonnement démarré(s)</translation>
    </message>
    <message>
        <source>Stopping: cancelling runs …</source>
        <translation>Arrêt&#xa0;: annulation des exécutions …</translation>
    </message>
    <message numerus="yes">
        <source>atc daemon: scheduling %n profile(s)</source>
        <translation>
            <numerusform>atc daemon&#xa0;: planification de %n profil</numerusform>
            <numerusform>atc daemon&#xa0;: planification de %n profils</numerusform>
        </translation>
    </message>
    <message>
        <source>List subscription connectors.</source>
        <translation>Lister les connecteurs d&apos;abonnement.</translation>
    </message>
    <message>
        <source>Only this saved profile.</source>
        <translation>Uniquement ce profil enregistré.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Subscription connectors and their state.</source>
        <translation>Connecteurs d&apos;abonnement et leur état.</translation>
    </message>
    <message>
        <source>detached, disabled</source>
        <translation>détaché, désactivé</translation>
    </message>
    <message>
        <source>Export the asset inventory.</source>
        <translation>Exporter l&apos;inventaire des actifs.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>Only this subscription (id or connector name).</source>
        <translation>Uniquement cet abonnement (ID ou nom du connecteur).</translation>
    </message>
    <message>
        <source>Also assets no longer seen.</source>
        <translation>Inclure aussi les actifs qui ne sont plus vus.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>usage: atc inventory export --format csv|json [--profile NAME] [--subscription ID] [--include-removed] [--output FILE]</source>
        <translation>utilisation&#xa0;: atc inventory export --format csv|json [--profile NAME] [--subscription ID] [--include-removed] [--output FILE]</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d&apos;écrire sur la sortie standard</translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s) exported</source>
        <translation>
            <numerusform>%n actif exporté</numerusform>
            <numerusform>%n actifs exportés</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text (default, one per line) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut, un par ligne) ou json.</translation>
    </message>
    <message>
        <source>Public IP addresses and DNS names of the assets activated for the cloud perimeter scan.</source>
        <translation>Adresses IP publiques et noms DNS des actifs activés pour l&apos;analyse du périmètre cloud.</translation>
    </message>
    <message>
        <source>Run &apos;atc profiles enable &quot;%1&quot;&apos;.</source>
        <translation>Exécutez &apos;atc profiles enable &quot;%1&quot;&apos;.</translation>
    </message>
    <message>
        <source>%1: disabled, skipped</source>
        <translation>%1 : désactivé, ignoré</translation>
    </message>
    <message>
        <source>%1: enabled, scheduled</source>
        <translation>%1 : activé, planifié</translation>
    </message>
    <message>
        <source>%1: disabled, not scheduled</source>
        <translation>%1 : désactivé, non planifié</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not valid, so it does not run: %2 Correct it in the application, or correct its file and import it again.</source>
        <translation>le profil « %1 » n&apos;est pas valide, il n&apos;est donc pas exécuté&#xa0;: %2 Corrigez-le dans l&apos;application, ou corrigez son fichier et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>atc daemon: skipped: %1</source>
        <translation>atc daemon&#xa0;: ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: valid again, scheduled</source>
        <translation>%1&#xa0;: de nouveau valide, planifié</translation>
    </message>
    <message>
        <source>the export failed: the output could not be written</source>
        <translation>l&apos;export a échoué&#xa0;: la sortie n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>usage: atc connectors list [--profile NAME] [--format text|json]</source>
        <translation>utilisation&#xa0;: atc connectors list [--profile NAME] [--format text|json]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>ABONNEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>ASSETS</source>
        <translation>ACTIFS</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>PROCHAINE EXÉCUTION</translation>
    </message>
    <message>
        <source>FLAG</source>
        <translation>INDICATEUR</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>Run only what is due: of every saved profile, or with --profile of that one (for cron or a systemd timer).</source>
        <translation>N&apos;exécuter que ce qui est arrivé à échéance&#xa0;: pour chaque profil enregistré, ou avec --profile pour celui-ci seul (pour cron ou un minuteur systemd).</translation>
    </message>
    <message>
        <source>give --profile NAME, --all or --due</source>
        <translation>indiquez --profile NAME, --all ou --due</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MIS À JOUR</translation>
    </message>
    <message>
        <source>REMOVED</source>
        <translation>SUPPRIMÉS</translation>
    </message>
    <message>
        <source>%1: %2% %3</source>
        <translation>%1&#xa0;: %2&#xa0;% %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects a whole Azure tenant to an asset inventory: the desktop application.</source>
        <translation>Relie un locataire Azure entier à un inventaire des actifs&#xa0;: l&apos;application de bureau.</translation>
    </message>
</context>
</TS>
