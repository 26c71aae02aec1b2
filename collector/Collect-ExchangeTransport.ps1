<#
.SYNOPSIS
    Collects what exchange-transport checks from one Exchange server into one folder and a zip, without secrets.

.DESCRIPTION
    Run it elevated in the Exchange Management Shell of the server itself: on a Mailbox server (one per Active
    Directory site that has Edge subscriptions; on each Mailbox server of the site to run Test-EdgeSynchronization
    from each of them), and locally on each Edge Transport server (Edge servers are not domain members and are
    collected one by one). Windows PowerShell 5.1, Exchange Server 2013 to Exchange Server SE.

    It writes ExchangeTransport-<SERVER>-<yyyyMMddHHmmss>\ under -OutputPath, then a zip of that folder, with a
    manifest.json that records the script version, the role, the build, the culture and UTC offset that dates are
    printed in, the switches used, every file written and every step that failed (the others still run).

    Never collected: private keys or PFX files (certificates are exported as their public RawData only), the Edge
    subscription file (it holds a clear-text password), credentials (the user name of a send connector's
    AuthenticationCredential is kept, never the password), a transcript. Queue errors, SMTP protocol logs and EdgeSync
    logs hold e-mail and IP addresses: they are collected only with the switches below, and the manifest says so.

    Then, on any machine: exchange-transport-lint <the zips or folders of every server>

.PARAMETER OutputPath
    Where to write the folder and the zip (default: the current folder).
.PARAMETER IncludeQueueErrors
    Also keep LastError of each queue (remote host names, IP addresses and SMTP responses).
.PARAMETER IncludeProtocolLogs
    Also copy the SMTP protocol logs of the last -LogAge days (they hold e-mail and IP addresses).
.PARAMETER IncludeEdgeSyncLogs
    Also copy the EdgeSync logs of the last -LogAge days (Mailbox servers).
.PARAMETER LogAge
    Days of events and logs to collect (default 2).
.PARAMETER VerifyRecipient
    Also run Test-EdgeSynchronization -VerifyRecipient for this address (Mailbox servers).
.PARAMETER FullCompare
    Run Test-EdgeSynchronization -FullCompareMode (slower: compares every object).
.PARAMETER NoZip
    Leave the folder only.

.EXAMPLE
    .\Collect-ExchangeTransport.ps1 -OutputPath D:\Support
#>
[CmdletBinding()]
param(
    [string]$OutputPath = (Get-Location).Path,
    [switch]$IncludeQueueErrors,
    [switch]$IncludeProtocolLogs,
    [switch]$IncludeEdgeSyncLogs,
    [ValidateRange(1, 30)]
    [int]$LogAge = 2,
    [string]$VerifyRecipient,
    [switch]$FullCompare,
    [switch]$NoZip
)

$ScriptVersion = '0.1.0'
$ErrorActionPreference = 'Stop'

# ------------------------------------------------------------------ checks before anything is written

$identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object -TypeName System.Security.Principal.WindowsPrincipal -ArgumentList $identity
if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Warning 'Run the Exchange Management Shell as administrator (elevated): this script reads the registry and the event log.'
    exit 1
}
if (-not [Environment]::Is64BitProcess) {
    Write-Warning 'Run the 64-bit Exchange Management Shell: a 32-bit PowerShell cannot see the Exchange registry keys.'
    exit 1
}
if (-not (Get-Command -Name Get-ExchangeServer -ErrorAction SilentlyContinue)) {
    Write-Warning 'Run this script in the Exchange Management Shell of an Exchange server (Get-ExchangeServer is not available here).'
    exit 1
}
$setupKey = 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\Setup'
$edgeKey = 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\EdgeTransportRole'
if (-not (Test-Path -Path $setupKey)) {
    Write-Warning 'No Exchange Server 2013 or later is installed on this machine: run the script on the Exchange server itself.'
    exit 1
}
$setup = Get-ItemProperty -Path $setupKey
$isEdge = Test-Path -Path $edgeKey
if (-not $isEdge -and -not ($setup.PSObject.Properties.Name -contains 'Services')) {
    Write-Warning 'Only the Exchange management tools are installed here: run the script on a Mailbox or Edge Transport server.'
    exit 1
}

$server = $env:COMPUTERNAME
$role = 'Mailbox'
if ($isEdge) { $role = 'Edge' }
$build = '{0}.{1}.{2}.{3}' -f $setup.MsiProductMajor, $setup.MsiProductMinor, $setup.MsiBuildMajor, $setup.MsiBuildMinor
$started = Get-Date
$stamp = $started.ToUniversalTime().ToString('yyyyMMddHHmmss')
$folder = Join-Path -Path $OutputPath -ChildPath ('ExchangeTransport-{0}-{1}' -f $server, $stamp)
New-Item -ItemType Directory -Path $folder -Force | Out-Null

# Lists in full (the shell cuts them after 16 items) and lines unwrapped: the linter reads the .txt files too.
$savedLimit = $global:FormatEnumerationLimit
$global:FormatEnumerationLimit = -1

$Steps = New-Object -TypeName System.Collections.ArrayList
$Files = New-Object -TypeName System.Collections.ArrayList
$PersonalData = New-Object -TypeName System.Collections.ArrayList

# ------------------------------------------------------------------ helpers

function Write-Log {
    param([string]$Message)
    $line = '{0} {1}' -f (Get-Date).ToUniversalTime().ToString('o'), $Message
    $line | Out-File -FilePath (Join-Path -Path $folder -ChildPath 'collector.log') -Append -Encoding UTF8
}

# Runs one step; a failure is recorded (manifest and log) and the next step runs.
function Invoke-Step {
    param([string]$Name, [scriptblock]$Action)
    $begin = Get-Date
    $status = 'ok'
    $message = $null
    try {
        & $Action
    } catch {
        $status = 'failed'
        $message = $_.Exception.Message
        Write-Warning ('{0} failed: {1}' -f $Name, $message)
    }
    $seconds = [math]::Round(((Get-Date) - $begin).TotalSeconds, 1)
    Write-Log ('{0} {1} ({2} s) {3}' -f $status, $Name, $seconds, $message)
    [void]$Steps.Add([ordered]@{ name = $Name; status = $status; seconds = $seconds; error = $message })
}

function Add-BundleFile {
    param([string]$Path, [string]$Item, [string]$Cmdlet, [string]$Shape)
    $full = Join-Path -Path $folder -ChildPath $Path
    [void]$Files.Add([ordered]@{ path = $Path.Replace('\', '/'); item = $Item; cmdlet = $Cmdlet; shape = $Shape; bytes = (Get-Item -LiteralPath $full).Length })
}

function Get-BundlePath {
    param([string]$Path)
    $full = Join-Path -Path $folder -ChildPath $Path
    $parent = Split-Path -Path $full -Parent
    if (-not (Test-Path -LiteralPath $parent)) { New-Item -ItemType Directory -Path $parent -Force | Out-Null }
    $full
}

# Export-Clixml (exact values and dates) and Format-List * (for people): the linter reads the first, falls back on the second.
function Save-Objects {
    param([object[]]$InputObject, [string]$Path, [string]$Item, [string]$Cmdlet, [int]$Depth = 3)
    $xml = Get-BundlePath -Path ($Path + '.xml')
    Export-Clixml -InputObject $InputObject -Path $xml -Encoding UTF8 -Depth $Depth
    Add-BundleFile -Path ($Path + '.xml') -Item $Item -Cmdlet $Cmdlet -Shape 'clixml'
    $txt = Get-BundlePath -Path ($Path + '.txt')
    $InputObject | Format-List -Property * | Out-File -FilePath $txt -Encoding UTF8 -Width 4096
    Add-BundleFile -Path ($Path + '.txt') -Item $Item -Cmdlet $Cmdlet -Shape 'format-list'
}

function Save-Json {
    param([object[]]$InputObject, [string]$Path, [string]$Item, [string]$Cmdlet, [int]$Depth = 4)
    $full = Get-BundlePath -Path $Path
    ConvertTo-Json -InputObject @($InputObject) -Depth $Depth | Out-File -FilePath $full -Encoding UTF8
    Add-BundleFile -Path $Path -Item $Item -Cmdlet $Cmdlet -Shape 'json'
}

function Save-List {
    param([object[]]$InputObject, [string]$Path, [string]$Item, [string]$Cmdlet, [string[]]$Property = @('*'))
    $full = Get-BundlePath -Path $Path
    $InputObject | Format-List -Property $Property | Out-File -FilePath $full -Encoding UTF8 -Width 4096
    Add-BundleFile -Path $Path -Item $Item -Cmdlet $Cmdlet -Shape 'format-list'
}

# Dates as ISO 8601 in UTC: read the same in any culture.
function ConvertTo-UtcText {
    param([object]$Date)
    if ($Date -is [datetime]) { $Date.ToUniversalTime().ToString('o') } else { $null }
}

# A certificate as plain values: Services, Status and RootCAType survive (a Clixml export of a Mailbox server's
# certificate keeps them only inside a binary blob), dates in UTC, the public certificate (RawData) only.
function ConvertTo-FlatCertificate {
    param([object]$Certificate)
    $raw = [byte[]]$Certificate.RawData
    $thumbprint = [string]$Certificate.Thumbprint
    $x509 = $null
    if ($raw) { $x509 = New-Object -TypeName System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList (, $raw) }
    if (-not $thumbprint -and $x509) { $thumbprint = $x509.Thumbprint }
    $notBefore = $Certificate.NotBefore
    $notAfter = $Certificate.NotAfter
    if (-not $notBefore -and $x509) { $notBefore = $x509.NotBefore }
    if (-not $notAfter -and $x509) { $notAfter = $x509.NotAfter }
    $signature = $null
    if ($x509) { $signature = $x509.SignatureAlgorithm.FriendlyName }
    $rawText = $null
    if ($raw) { $rawText = [Convert]::ToBase64String($raw) }
    [pscustomobject][ordered]@{
        Identity             = '{0}\{1}' -f $server, $thumbprint
        Thumbprint           = $thumbprint
        Subject              = [string]$Certificate.Subject
        Issuer               = [string]$Certificate.Issuer
        SerialNumber         = [string]$Certificate.SerialNumber
        NotBefore            = ConvertTo-UtcText -Date $notBefore
        NotAfter             = ConvertTo-UtcText -Date $notAfter
        Services             = [string]$Certificate.Services
        Status               = [string]$Certificate.Status
        RootCAType           = [string]$Certificate.RootCAType
        IsSelfSigned         = [bool]$Certificate.IsSelfSigned
        HasPrivateKey        = [bool]$Certificate.HasPrivateKey
        PrivateKeyExportable = [bool]$Certificate.PrivateKeyExportable
        PublicKeySize        = [int]$Certificate.PublicKeySize
        SignatureAlgorithm   = $signature
        CertificateDomains   = @($Certificate.CertificateDomains | ForEach-Object { [string]$_ })
        FriendlyName         = [string]$Certificate.FriendlyName
        RawData              = $rawText
    }
}

# ------------------------------------------------------------------ both roles

$internalThumbprint = $null
$transportService = $null

Invoke-Step -Name 'Get-ExchangeServer' -Action {
    $me = Get-ExchangeServer -Identity $server
    Save-Objects -InputObject $me -Path 'config\server' -Item 'server' -Cmdlet 'Get-ExchangeServer'
    $script:site = [string]$me.Site
    $script:adminDisplayVersion = [string]$me.AdminDisplayVersion
}

Invoke-Step -Name 'Get-TransportService' -Action {
    # Without -Identity (not supported on Edge): a Mailbox server lists the organization's, an Edge only its own.
    $script:transportService = @(Get-TransportService | Where-Object { [string]$_.Name -eq $server })[0]
    $script:internalThumbprint = [string]$transportService.InternalTransportCertificateThumbprint
    Save-Objects -InputObject $transportService -Path 'config\transport-service' -Item 'transport-service' -Cmdlet 'Get-TransportService'
}

Invoke-Step -Name 'Get-ExchangeCertificate' -Action {
    $certificates = @(Get-ExchangeCertificate -Server $server)
    $flat = @($certificates | ForEach-Object { ConvertTo-FlatCertificate -Certificate $_ })
    Save-Json -InputObject $flat -Path 'config\certificates.json' -Item 'certificates' -Cmdlet 'Get-ExchangeCertificate'
    Save-Objects -InputObject $certificates -Path 'config\certificates' -Item 'certificates' -Cmdlet 'Get-ExchangeCertificate'
}

Invoke-Step -Name 'Get-SendConnector' -Action {
    # AuthenticationCredential is a PSCredential: only its user name is kept.
    $connectors = @(Get-SendConnector | ForEach-Object {
            $user = $null
            if ($_.AuthenticationCredential) { $user = [string]$_.AuthenticationCredential.UserName }
            $names = @($_.PSObject.Properties | Where-Object { $_.Name -ne 'AuthenticationCredential' } | ForEach-Object { $_.Name })
            $_ | Select-Object -Property ($names + @{ Name = 'AuthenticationCredential'; Expression = { $user } })
        })
    Save-Objects -InputObject $connectors -Path 'config\send-connectors' -Item 'send-connectors' -Cmdlet 'Get-SendConnector'
}

$receiveConnectors = @()
Invoke-Step -Name 'Get-ReceiveConnector' -Action {
    $script:receiveConnectors = @(Get-ReceiveConnector -Server $server)
    Save-Objects -InputObject $receiveConnectors -Path 'config\receive-connectors' -Item 'receive-connectors' -Cmdlet 'Get-ReceiveConnector'
}

Invoke-Step -Name 'Get-ADPermission' -Action {
    # Get-ADPermission with a null identity returns every object of the directory: skip connectors without one.
    $grants = @(foreach ($connector in $receiveConnectors) {
            if (-not $connector.Identity) { continue }
            Get-ADPermission -Identity ([string]$connector.Identity) | Where-Object { -not $_.IsInherited -and $_.ExtendedRights } | ForEach-Object {
                [pscustomobject][ordered]@{
                    Connector      = [string]$connector.Identity
                    User           = [string]$_.User
                    Deny           = [bool]$_.Deny
                    IsInherited    = [bool]$_.IsInherited
                    ExtendedRights = @($_.ExtendedRights | ForEach-Object { [string]$_ })
                }
            }
        })
    Save-Json -InputObject $grants -Path 'config\receive-connector-permissions.json' -Item 'receive-connector-permissions' -Cmdlet 'Get-ADPermission'
}

Invoke-Step -Name 'Get-TransportConfig' -Action {
    Save-Objects -InputObject (Get-TransportConfig) -Path 'config\transport-config' -Item 'transport-config' -Cmdlet 'Get-TransportConfig'
}

Invoke-Step -Name 'Get-AcceptedDomain' -Action {
    Save-Objects -InputObject @(Get-AcceptedDomain) -Path 'config\accepted-domains' -Item 'accepted-domains' -Cmdlet 'Get-AcceptedDomain'
}

Invoke-Step -Name 'Get-RemoteDomain' -Action {
    Save-Objects -InputObject @(Get-RemoteDomain) -Path 'config\remote-domains' -Item 'remote-domains' -Cmdlet 'Get-RemoteDomain'
}

Invoke-Step -Name 'Get-Queue' -Action {
    $properties = @('Identity', 'DeliveryType', 'Status', 'MessageCount', 'NextHopDomain', 'TlsDomain', 'NextHopConnector', 'RetryCount', 'LastRetryTime', 'NextRetryTime')
    if ($IncludeQueueErrors) {
        $properties += 'LastError'
        [void]$PersonalData.Add('queue errors (remote hosts, IP addresses, SMTP responses)')
    }
    $queues = @(Get-Queue -Server $server | Select-Object -Property $properties)
    Save-Objects -InputObject $queues -Path 'runtime\queues' -Item 'queues' -Cmdlet 'Get-Queue'
}

Invoke-Step -Name 'TLS registry' -Action {
    $protocols = foreach ($version in @('1.0', '1.1', '1.2', '1.3')) {
        foreach ($side in @('Server', 'Client')) {
            $key = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS {0}\{1}' -f $version, $side
            $values = $null
            if (Test-Path -Path $key) { $values = Get-ItemProperty -Path $key }
            $enabled = $null
            $disabledByDefault = $null
            if ($values -and ($values.PSObject.Properties.Name -contains 'Enabled')) { $enabled = [int64]$values.Enabled }
            if ($values -and ($values.PSObject.Properties.Name -contains 'DisabledByDefault')) { $disabledByDefault = [int64]$values.DisabledByDefault }
            [pscustomobject][ordered]@{ Protocol = 'TLS ' + $version; Side = $side; KeyExists = [bool]$values; Enabled = $enabled; DisabledByDefault = $disabledByDefault }
        }
    }
    $netFramework = foreach ($path in @('HKLM:\SOFTWARE\Microsoft\.NETFramework\v2.0.50727', 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319', 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v2.0.50727', 'HKLM:\SOFTWARE\Wow6432Node\Microsoft\.NETFramework\v4.0.30319')) {
        $values = $null
        if (Test-Path -Path $path) { $values = Get-ItemProperty -Path $path }
        $systemDefault = $null
        $strongCrypto = $null
        if ($values -and ($values.PSObject.Properties.Name -contains 'SystemDefaultTlsVersions')) { $systemDefault = [int64]$values.SystemDefaultTlsVersions }
        if ($values -and ($values.PSObject.Properties.Name -contains 'SchUseStrongCrypto')) { $strongCrypto = [int64]$values.SchUseStrongCrypto }
        [pscustomobject][ordered]@{ Key = $path; SystemDefaultTlsVersions = $systemDefault; SchUseStrongCrypto = $strongCrypto }
    }
    # Get-TlsCipherSuite exists on Windows Server 2016 and later; the policy value wins over the local one.
    $cipherSuites = @()
    $cipherSource = 'none'
    $policy = 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002'
    $local = 'HKLM:\SYSTEM\CurrentControlSet\Control\Cryptography\Configuration\Local\SSL\00010002'
    if (Get-Command -Name Get-TlsCipherSuite -ErrorAction SilentlyContinue) {
        $cipherSuites = @(Get-TlsCipherSuite | ForEach-Object { [string]$_.Name })
        $cipherSource = 'Get-TlsCipherSuite'
    }
    if ((Test-Path -Path $policy) -and ((Get-ItemProperty -Path $policy).PSObject.Properties.Name -contains 'Functions')) {
        $cipherSuites = @(((Get-ItemProperty -Path $policy).Functions -split ',') | ForEach-Object { $_.Trim() })
        $cipherSource = 'group policy'
    } elseif ($cipherSource -eq 'none' -and (Test-Path -Path $local) -and ((Get-ItemProperty -Path $local).PSObject.Properties.Name -contains 'Functions')) {
        $cipherSuites = @((Get-ItemProperty -Path $local).Functions | ForEach-Object { [string]$_ })
        $cipherSource = 'local'
    }
    $tls = [pscustomobject][ordered]@{
        Protocols          = @($protocols)
        NetFramework       = @($netFramework)
        CipherSuites       = $cipherSuites
        CipherSuiteSource  = $cipherSource
        ProcessProtocols   = [string][System.Net.ServicePointManager]::SecurityProtocol
    }
    Save-Json -InputObject $tls -Path 'os\tls-registry.json' -Item 'tls-registry' -Cmdlet 'Get-ItemProperty'
}

Invoke-Step -Name 'Get-WinEvent' -Action {
    # Filtered by provider and time only, the ids after: an event query with more than about 20 ids fails.
    $ids = @(1004, 1006, 1024, 1025, 1032, 1033, 1035, 1036, 2004, 2015, 2016, 2017, 2018, 2022, 10104, 11005) + (11013..11026) + (12012..12024) + @(16014)
    $providers = @('MSExchangeTransport', 'MSExchangeFrontEndTransport', 'MSExchange EdgeSync', 'MSExchange Message Security')
    $since = (Get-Date).AddDays(-$LogAge)
    $events = @(foreach ($provider in $providers) {
            Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = $provider; StartTime = $since } -ErrorAction SilentlyContinue | Where-Object { $ids -contains $_.Id }
        })
    $events = @($events | Sort-Object -Property TimeCreated -Descending)
    Save-List -InputObject $events -Path 'events\transport-events.txt' -Item 'events' -Cmdlet 'Get-WinEvent' -Property @('TimeCreated', 'ProviderName', 'Id', 'LevelDisplayName', 'MachineName', 'Message')
    # The insertion strings too: the messages are in the server's language.
    $flat = @($events | ForEach-Object {
            [pscustomobject][ordered]@{
                TimeCreated  = $_.TimeCreated.ToUniversalTime().ToString('o')
                ProviderName = $_.ProviderName
                Id           = $_.Id
                Level        = $_.LevelDisplayName
                MachineName  = $_.MachineName
                Properties   = @($_.Properties | ForEach-Object { [string]$_.Value })
            }
        })
    Save-Json -InputObject $flat -Path 'events\transport-events.json' -Item 'events-data' -Cmdlet 'Get-WinEvent'
}

# ------------------------------------------------------------------ Mailbox servers

if (-not $isEdge) {
    #region Mailbox
    Invoke-Step -Name 'Get-ExchangeServer (all)' -Action {
        $servers = @(Get-ExchangeServer | ForEach-Object {
                [pscustomobject][ordered]@{
                    Name                = [string]$_.Name
                    Fqdn                = [string]$_.Fqdn
                    Site                = [string]$_.Site
                    ServerRole          = [string]$_.ServerRole
                    AdminDisplayVersion = [string]$_.AdminDisplayVersion
                    IsEdgeServer        = [bool]$_.IsEdgeServer
                    WhenCreated         = ConvertTo-UtcText -Date $_.WhenCreated
                }
            })
        Save-Json -InputObject $servers -Path 'config\servers.json' -Item 'servers' -Cmdlet 'Get-ExchangeServer'
    }

    Invoke-Step -Name 'Get-FrontendTransportService' -Action {
        Save-Objects -InputObject (Get-FrontendTransportService -Identity $server) -Path 'config\frontend-transport-service' -Item 'frontend-transport-service' -Cmdlet 'Get-FrontendTransportService'
    }

    Invoke-Step -Name 'Get-MailboxTransportService' -Action {
        Save-Objects -InputObject (Get-MailboxTransportService -Identity $server) -Path 'config\mailbox-transport-service' -Item 'mailbox-transport-service' -Cmdlet 'Get-MailboxTransportService'
    }

    Invoke-Step -Name 'Get-EdgeSubscription' -Action {
        $subscriptions = @(Get-EdgeSubscription)
        Save-Objects -InputObject $subscriptions -Path 'edge\edge-subscriptions' -Item 'edge-subscriptions' -Cmdlet 'Get-EdgeSubscription'
        # Flat, for the runbooks: which Edge is subscribed to which site, and since when (a new Mailbox server takes
        # part in EdgeSync only once each Edge of its site is subscribed again).
        $flat = @($subscriptions | ForEach-Object {
                [pscustomobject][ordered]@{
                    Name        = [string]$_.Name
                    Site        = [string]$_.Site
                    WhenCreated = ConvertTo-UtcText -Date $_.WhenCreated
                }
            })
        Save-Json -InputObject $flat -Path 'edge\subscriptions.json' -Item 'subscriptions' -Cmdlet 'Get-EdgeSubscription'
    }

    Invoke-Step -Name 'Get-EdgeSyncServiceConfig' -Action {
        Save-Objects -InputObject @(Get-EdgeSyncServiceConfig) -Path 'edge\edgesync-config' -Item 'edgesync-config' -Cmdlet 'Get-EdgeSyncServiceConfig'
    }

    Invoke-Step -Name 'Test-EdgeSynchronization' -Action {
        # From this Mailbox server's point of view: "no EdgeSync credentials" is about this server only.
        if ($FullCompare) { $results = @(Test-EdgeSynchronization -FullCompareMode) } else { $results = @(Test-EdgeSynchronization -ExcludeRecipientTest) }
        Save-Objects -InputObject $results -Path 'edge\test-edgesync' -Item 'test-edgesync' -Cmdlet 'Test-EdgeSynchronization' -Depth 4
    }

    if ($VerifyRecipient) {
        Invoke-Step -Name 'Test-EdgeSynchronization -VerifyRecipient' -Action {
            [void]$PersonalData.Add('the recipient given to -VerifyRecipient')
            Save-List -InputObject @(Test-EdgeSynchronization -VerifyRecipient $VerifyRecipient) -Path 'edge\test-edgesync-recipient.txt' -Item 'test-edgesync-recipient' -Cmdlet 'Test-EdgeSynchronization'
        }
    }

    Invoke-Step -Name 'Get-HybridConfiguration' -Action {
        Save-Objects -InputObject @(Get-HybridConfiguration) -Path 'hybrid\hybrid-configuration' -Item 'hybrid-configuration' -Cmdlet 'Get-HybridConfiguration'
    }

    Invoke-Step -Name 'Get-AuthConfig' -Action {
        Save-Objects -InputObject (Get-AuthConfig) -Path 'hybrid\auth-config' -Item 'auth-config' -Cmdlet 'Get-AuthConfig'
    }
    #endregion
}

# ------------------------------------------------------------------ Edge Transport servers

if ($isEdge) {
    #region Edge
    Invoke-Step -Name 'AD LDS ports' -Action {
        $adam = Get-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\ExchangeServer\v15\EdgeTransportRole\AdamSettings\MSExchange'
        Save-Json -InputObject ([pscustomobject][ordered]@{ LdapPort = $adam.LdapPort; SslPort = $adam.SslPort }) -Path 'edge\adam-settings.json' -Item 'adam-settings' -Cmdlet 'Get-ItemProperty'
    }
    #endregion
}

# ------------------------------------------------------------------ logs, only when asked for

function Copy-RecentLogs {
    param([string]$Source, [string]$Target)
    if (-not $Source -or -not (Test-Path -LiteralPath $Source)) { return }
    $since = (Get-Date).AddDays(-$LogAge)
    Get-ChildItem -LiteralPath $Source -Filter '*.LOG' -File | Where-Object { $_.LastWriteTime -ge $since } | ForEach-Object {
        $to = Get-BundlePath -Path (Join-Path -Path $Target -ChildPath $_.Name)
        Copy-Item -LiteralPath $_.FullName -Destination $to
        Add-BundleFile -Path (Join-Path -Path $Target -ChildPath $_.Name) -Item 'protocol-log' -Cmdlet 'Copy-Item' -Shape 'smtp-protocol-log'
    }
}

if ($IncludeProtocolLogs) {
    Invoke-Step -Name 'SMTP protocol logs' -Action {
        [void]$PersonalData.Add('SMTP protocol logs (e-mail and IP addresses)')
        # The paths the services report, never default paths.
        $prefix = 'Hub'
        if ($isEdge) { $prefix = 'Edge' }
        Copy-RecentLogs -Source ([string]$transportService.SendProtocolLogPath) -Target ('logs\protocol\{0}\SmtpSend' -f $prefix)
        Copy-RecentLogs -Source ([string]$transportService.ReceiveProtocolLogPath) -Target ('logs\protocol\{0}\SmtpReceive' -f $prefix)
        if (-not $isEdge) {
            #region Mailbox
            $frontend = Get-FrontendTransportService -Identity $server
            Copy-RecentLogs -Source ([string]$frontend.SendProtocolLogPath) -Target 'logs\protocol\FrontEnd\SmtpSend'
            Copy-RecentLogs -Source ([string]$frontend.ReceiveProtocolLogPath) -Target 'logs\protocol\FrontEnd\SmtpReceive'
            #endregion
        }
    }
}

if ($IncludeEdgeSyncLogs -and -not $isEdge) {
    Invoke-Step -Name 'EdgeSync logs' -Action {
        #region Mailbox
        [void]$PersonalData.Add('EdgeSync logs (server and account names)')
        $config = @(Get-EdgeSyncServiceConfig)[0]
        Copy-RecentLogs -Source ([string]$config.LogPath) -Target 'logs\edgesync'
        #endregion
    }
}

# ------------------------------------------------------------------ manifest and zip

$global:FormatEnumerationLimit = $savedLimit
$culture = Get-Culture
$offset = [System.TimeZoneInfo]::Local.GetUtcOffset($started)
$switches = @($PSBoundParameters.Keys | ForEach-Object { [string]$_ })
$fqdn = $server
try { $fqdn = [System.Net.Dns]::GetHostEntry($server).HostName } catch { Write-Log ('no DNS name for {0}' -f $server) }
$manifest = [ordered]@{
    collector                          = 'exchange-transport'
    version                            = $ScriptVersion
    server                             = $server
    fqdn                               = $fqdn
    role                               = $role
    site                               = $site
    adminDisplayVersion                = $adminDisplayVersion
    build                              = $build
    internalTransportCertificateThumbprint = $internalThumbprint
    powershell                         = [string]$PSVersionTable.PSVersion
    culture                            = $culture.Name
    shortDatePattern                   = $culture.DateTimeFormat.ShortDatePattern
    longTimePattern                    = $culture.DateTimeFormat.LongTimePattern
    timeZone                           = [System.TimeZoneInfo]::Local.Id
    utcOffsetMinutes                   = [int]$offset.TotalMinutes
    collectedUtc                       = $started.ToUniversalTime().ToString('o')
    switches                           = $switches
    personalData                       = @($PersonalData)
    files                              = @($Files)
    steps                              = @($Steps)
}
ConvertTo-Json -InputObject $manifest -Depth 5 | Out-File -FilePath (Join-Path -Path $folder -ChildPath 'manifest.json') -Encoding UTF8

$failed = @($Steps | Where-Object { $_.status -ne 'ok' }).Count
Write-Host ('Collected {0} files from {1} ({2}) into {3}; {4} step(s) failed (see manifest.json).' -f $Files.Count, $server, $role, $folder, $failed)
if (-not $NoZip) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $zip = $folder + '.zip'
    [System.IO.Compression.ZipFile]::CreateFromDirectory($folder, $zip)
    Write-Host ('Zip: {0}' -f $zip)
}
