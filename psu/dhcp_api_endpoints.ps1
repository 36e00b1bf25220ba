# LeaseLink DHCP API: PowerShell Universal v5 endpoint definitions (endpoints.ps1).
#
# Implements the script 2.0.1 contract LeaseLink uses (shared spec: psu-api.md, upstream-v2.md
# section 2, decisions.md C-06). Left out on purpose, because LeaseLink never calls them:
#   DELETE /api/dhcp/scopes/:scope_id   and the scope PUT body's failover "remove".
# The 1.x-only PUT/DELETE /api/dhcp/reservations/:client_id are gone as in upstream 2.x; the
# bulk PUT/DELETE /api/dhcp/reservations replace them.
#
# Runs on Windows PowerShell 5.1 and PowerShell 7: no '??', no ternary, no ForEach -Parallel,
# no ConvertFrom-Json -AsHashtable.
#
# Every PSU endpoint runs in its own runspace, so each endpoint's script block is made
# self-contained: the shared helpers below, a newline, then the endpoint body
# (Join-LeaseLinkEndpoint). The Update PSU Scripts job builds its scriptBlock the same way.
# Nothing here ever logs a request header, so App Tokens never reach the PSU logs.

$LeaseLinkHelpers = @'
$PSU_SCRIPT_VERSION = '2.0.1'
$ErrorActionPreference = 'Stop'

# Loaded outside the endpoint's try block: if the module is missing, PSU answers with its own
# error instead of the script pretending the server has no data.
if ($PSVersionTable.PSEdition -eq 'Core') {
    Import-Module DhcpServer -SkipEditionCheck -ErrorAction Stop
} else {
    Import-Module DhcpServer -ErrorAction Stop
}

function Send-LLJson([int]$Status, $Value) {
    $json = ConvertTo-Json -InputObject $Value -Depth 10 -Compress
    New-PSUApiResponse -StatusCode $Status -Body $json -ContentType 'application/json'
}

function Send-LLList([int]$Status, $Items) {
    # Lists are always arrays: '[]' when empty, '[{...}]' for one item.
    $array = @($Items | Where-Object { $null -ne $_ })
    if ($array.Count -eq 0) {
        New-PSUApiResponse -StatusCode $Status -Body '[]' -ContentType 'application/json'
        return
    }
    Send-LLJson $Status ([object[]]$array)
}

function Send-LLNoContent {
    New-PSUApiResponse -StatusCode 204
}

function Stop-LL([int]$Status, [string]$Message) {
    $exception = New-Object System.Exception $Message
    $exception.Data['LeaseLinkStatus'] = $Status
    throw $exception
}

function Test-LLCimError($ErrorRecord) {
    return ($ErrorRecord.Exception.GetType().FullName -like '*CimException*')
}

function Send-LLFailure($ErrorRecord) {
    $status = $ErrorRecord.Exception.Data['LeaseLinkStatus']
    if ($null -eq $status) { $status = 500 }
    Write-Information ("LeaseLink DHCP API {0}: {1}" -f $status, $ErrorRecord.Exception.Message)
    Send-LLJson ([int]$status) ([ordered]@{ error = $ErrorRecord.Exception.Message })
}

function Test-LLIPv4($Value) {
    # .NET IPAddress.TryParse with the IPv4 family, lenient as the contract says ('10.1' passes).
    $address = $null
    if (-not [System.Net.IPAddress]::TryParse([string]$Value, [ref]$address)) { return $false }
    return ($address.AddressFamily -eq [System.Net.Sockets.AddressFamily]::InterNetwork)
}

function Assert-LLIPv4([string]$Field, $Value) {
    # The value itself is never echoed.
    if (-not (Test-LLIPv4 $Value)) { Stop-LL 400 ("'{0}' must be a valid IPv4 address." -f $Field) }
}

function Test-LLTruthy($Value) {
    if ($null -eq $Value) { return $false }
    if ($Value -is [array]) { return ($Value.Count -gt 0) }
    return [bool]$Value
}

function Read-LLBody {
    $text = [string]$Body
    if ([string]::IsNullOrWhiteSpace($text)) { return New-Object PSObject }
    try {
        return (ConvertFrom-Json -InputObject $text)
    } catch {
        Stop-LL 400 'Body is not valid JSON.'
    }
}

function Read-LLBodyList {
    # $null when the body is not a JSON list; otherwise its items (PS 5.1 and 7 alike).
    $text = [string]$Body
    if ([string]::IsNullOrWhiteSpace($text) -or -not $text.TrimStart().StartsWith('[')) {
        return $null
    }
    try {
        $parsed = ConvertFrom-Json -InputObject $text
    } catch {
        Stop-LL 400 'Body is not valid JSON.'
    }
    $items = New-Object System.Collections.ArrayList
    if ($null -ne $parsed) { foreach ($item in $parsed) { [void]$items.Add($item) } }
    return ,$items
}

function Test-LLKey($Object, [string]$Name) {
    if ($null -eq $Object -or -not ($Object -is [System.Management.Automation.PSCustomObject])) {
        return $false
    }
    return (@($Object.PSObject.Properties.Name) -contains $Name)
}

function Get-LLText($Value) {
    if ($null -eq $Value) { return '' }
    return [string]$Value
}

function ConvertTo-LLClientId([string]$Value) {
    $hex = ($Value.ToLowerInvariant() -replace '[^0-9a-f]', '')
    $pairs = New-Object System.Collections.ArrayList
    for ($i = 0; $i -lt $hex.Length; $i += 2) {
        [void]$pairs.Add($hex.Substring($i, [Math]::Min(2, $hex.Length - $i)))
    }
    return ($pairs -join '-')
}

function Format-LLUtc($Value) {
    if ($null -eq $Value) { return $null }
    $utc = ([datetime]$Value).ToUniversalTime()
    return $utc.ToString("yyyy-MM-dd'T'HH':'mm':'ss'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
}

function Get-LLHostName {
    try { return [System.Net.Dns]::GetHostEntry('').HostName } catch { return $env:COMPUTERNAME }
}

function ConvertTo-LLScope($Scope) {
    return [ordered]@{
        scope_id               = $Scope.ScopeId.IPAddressToString
        name                   = Get-LLText $Scope.Name
        start_ip               = $Scope.StartRange.IPAddressToString
        end_ip                 = $Scope.EndRange.IPAddressToString
        subnet_mask            = $Scope.SubnetMask.IPAddressToString
        description            = Get-LLText $Scope.Description
        state                  = [string]$Scope.State
        lease_duration_seconds = [long]$Scope.LeaseDuration.TotalSeconds
    }
}

function ConvertTo-LLLease($Lease) {
    return [ordered]@{
        ip_address    = $Lease.IPAddress.IPAddressToString
        client_id     = (Get-LLText $Lease.ClientId).ToLowerInvariant()
        hostname      = Get-LLText $Lease.HostName
        scope_id      = $Lease.ScopeId.IPAddressToString
        lease_expiry  = Format-LLUtc $Lease.LeaseExpiryTime
        address_state = [string]$Lease.AddressState
    }
}

function ConvertTo-LLReservation($Reservation) {
    return [ordered]@{
        ip_address  = $Reservation.IPAddress.IPAddressToString
        client_id   = (Get-LLText $Reservation.ClientId).ToLowerInvariant()
        name        = Get-LLText $Reservation.Name
        description = Get-LLText $Reservation.Description
        type        = [string]$Reservation.Type
        scope_id    = $Reservation.ScopeId.IPAddressToString
    }
}

function ConvertTo-LLOption($Option) {
    return [ordered]@{
        code         = [int]$Option.OptionId
        name         = Get-LLText $Option.Name
        value        = [string[]]@($Option.Value | ForEach-Object { [string]$_ })
        type         = [string]$Option.Type
        vendor_class = Get-LLText $Option.VendorClass
    }
}

function ConvertTo-LLExclusion($Range) {
    return [ordered]@{
        scope_id = $Range.ScopeId.IPAddressToString
        start_ip = $Range.StartRange.IPAddressToString
        end_ip   = $Range.EndRange.IPAddressToString
    }
}

function Get-LLFailovers {
    # No relationship at all is an empty list; any other failure is an error.
    try {
        return @(Get-DhcpServerv4Failover -ErrorAction Stop)
    } catch {
        if ($_.Exception.Message -like '*No DHCP failover relationship*') { return @() }
        throw
    }
}

function ConvertTo-LLFailover($Failover) {
    $switchover = $null
    if ($Failover.StateSwitchInterval -and $Failover.StateSwitchInterval.TotalSeconds -gt 0) {
        $switchover = [int]$Failover.StateSwitchInterval.TotalSeconds
    }
    return [ordered]@{
        name                      = $Failover.Name
        primary_server            = Get-LLHostName
        secondary_server          = $Failover.PartnerServer
        mode                      = [string]$Failover.Mode
        scope_ids                 = [string[]]@($Failover.ScopeId | ForEach-Object { $_.IPAddressToString })
        max_client_lead_time      = [int]$Failover.MaxClientLeadTime.TotalSeconds
        max_response_delay        = [int]$Failover.MaxResponseDelay.TotalSeconds
        state_switchover_interval = $switchover
        enable_auth               = [bool]$Failover.EnableAuth
    }
}

function Get-LLScopeOrStop([string]$ScopeId) {
    try {
        return (Get-DhcpServerv4Scope -ScopeId $ScopeId -ErrorAction Stop)
    } catch {
        Stop-LL 404 'Scope not found.'
    }
}

function Set-LLScopeOptions([string]$ScopeId, $Options) {
    # options: {"set":[{"code":6,"value":[...]}],"remove":[66]}
    if ($null -eq $Options) { return }
    foreach ($option in @($Options.set)) {
        if ($null -eq $option) { continue }
        $values = [string[]]@($option.value | ForEach-Object { [string]$_ })
        Set-DhcpServerv4OptionValue -ScopeId $ScopeId -OptionId ([int]$option.code) -Value $values -Force -ErrorAction Stop
    }
    foreach ($code in @($Options.remove)) {
        if ($null -eq $code) { continue }
        Remove-DhcpServerv4OptionValue -ScopeId $ScopeId -OptionId ([int]$code) -ErrorAction Stop
    }
}

function Assert-LLState($Body) {
    if (Test-LLKey $Body 'state') {
        $state = Get-LLText $Body.state
        if (@('Active', 'InActive') -notcontains $state) { Stop-LL 400 "'state' must be Active or InActive." }
        # Windows spells it InActive; compare case-insensitively, send Windows' spelling.
        if ($state -ieq 'Active') { return 'Active' }
        return 'InActive'
    }
    return $null
}

function Get-LLScopeRouter([string]$ScopeId) {
    $option = Get-DhcpServerv4OptionValue -ScopeId $ScopeId -ErrorAction Stop |
        Where-Object { $_.OptionId -eq 3 -and [string]::IsNullOrEmpty($_.VendorClass) } |
        Select-Object -First 1
    if ($null -eq $option) { return $null }
    $first = @($option.Value)[0]
    if ([string]::IsNullOrEmpty($first) -or $first -eq '0.0.0.0') { return $null }
    return [string]$first
}

function Find-LLReservation([string]$ScopeId, [string]$IpAddress) {
    return (Get-DhcpServerv4Reservation -ScopeId $ScopeId -ErrorAction Stop |
        Where-Object { $_.IPAddress.IPAddressToString -eq $IpAddress } | Select-Object -First 1)
}

function Read-LLOptionalScopeId {
    $value = Get-Variable -Name scope_id -ValueOnly -ErrorAction SilentlyContinue
    if ([string]::IsNullOrEmpty([string]$value)) { return $null }
    Assert-LLIPv4 'scope_id' $value
    return [string]$value
}

function Read-LLQuery([string]$Name) {
    return [string](Get-Variable -Name $Name -ValueOnly -ErrorAction SilentlyContinue)
}
'@

function Join-LeaseLinkEndpoint([scriptblock]$Body) {
    [scriptblock]::Create($LeaseLinkHelpers + "`n" + $Body.ToString())
}

# --- health -----------------------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/health' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    Send-LLJson 200 ([ordered]@{ status = 'ok'; version = $PSU_SCRIPT_VERSION })
})

# Proves write access: only DHCPWriter may call it, PSU answers 403 to a reader.
New-PSUEndpoint -Url '/api/dhcp/health' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    Send-LLJson 200 ([ordered]@{ status = 'ok' })
})

# --- scopes -----------------------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/scopes' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $activeOnly = (Read-LLQuery 'active_only') -ieq 'true'
        $withRouter = -not ((Read-LLQuery 'include_router') -ieq 'false')
        $scopes = @(Get-DhcpServerv4Scope -ErrorAction Stop)
        if ($activeOnly) { $scopes = @($scopes | Where-Object { [string]$_.State -ieq 'Active' }) }
        # A failed failover or router read fails the whole list (2.x): never a partial answer.
        $failoverOf = @{}
        foreach ($failover in (Get-LLFailovers)) {
            foreach ($id in @($failover.ScopeId)) { $failoverOf[$id.IPAddressToString] = $failover.Name }
        }
        $result = foreach ($scope in $scopes) {
            $item = ConvertTo-LLScope $scope
            $id = $item.scope_id
            if ($withRouter) { $item['router'] = Get-LLScopeRouter $id }
            $item['failover_name'] = $failoverOf[$id]
            $item
        }
        Send-LLList 200 $result
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/scopes' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $b = Read-LLBody
        foreach ($field in 'scope_id', 'start_ip', 'end_ip', 'subnet_mask') {
            if (-not (Test-LLTruthy $b.$field)) { Stop-LL 400 'scope_id, start_ip, end_ip, and subnet_mask are required.' }
        }
        foreach ($field in 'scope_id', 'start_ip', 'end_ip', 'subnet_mask') { Assert-LLIPv4 $field $b.$field }
        $router = Get-LLText $b.router
        if ($router -ne '') { Assert-LLIPv4 'router' $router }
        $state = Assert-LLState $b
        if ($null -eq $state) { $state = 'Active' }

        $add = @{
            StartRange = [string]$b.start_ip
            EndRange   = [string]$b.end_ip
            SubnetMask = [string]$b.subnet_mask
            Name       = Get-LLText $b.name
            State      = $state
        }
        if ((Get-LLText $b.description) -ne '') { $add['Description'] = [string]$b.description }
        if ([long]$b.lease_duration_seconds -gt 0) { $add['LeaseDuration'] = [TimeSpan]::FromSeconds([long]$b.lease_duration_seconds) }
        Add-DhcpServerv4Scope @add -ErrorAction Stop
        $scopeId = [string]$b.scope_id

        # Router and options are best effort: the scope exists now.
        if ($router -ne '') {
            try { Set-DhcpServerv4OptionValue -ScopeId $scopeId -Router $router -Force -ErrorAction Stop }
            catch { Write-Information ("LeaseLink: router for {0} not set: {1}" -f $scopeId, $_.Exception.Message) }
        }
        if (Test-LLKey $b 'options') {
            try { Set-LLScopeOptions $scopeId $b.options }
            catch { Write-Information ("LeaseLink: options for {0} not set: {1}" -f $scopeId, $_.Exception.Message) }
        }
        # A failed enroll is an error although the scope exists.
        if ((Test-LLKey $b 'failover') -and (Get-LLText $b.failover.enroll) -ne '') {
            Add-DhcpServerv4FailoverScope -Name ([string]$b.failover.enroll) -ScopeId $scopeId -ErrorAction Stop
        }
        Send-LLJson 201 (ConvertTo-LLScope (Get-DhcpServerv4Scope -ScopeId $scopeId -ErrorAction Stop))
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/scopes/:scope_id' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        Assert-LLIPv4 'scope_id' $scope_id
        Send-LLJson 200 (ConvertTo-LLScope (Get-LLScopeOrStop $scope_id))
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/scopes/:scope_id' -Method 'PUT' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        # Order: path IPv4 (400), existence (404), body checks (400), then the update (500).
        Assert-LLIPv4 'scope_id' $scope_id
        $null = Get-LLScopeOrStop $scope_id
        $b = Read-LLBody
        foreach ($field in 'start_ip', 'end_ip') {
            if ((Test-LLKey $b $field) -and (Get-LLText $b.$field) -ne '') { Assert-LLIPv4 $field $b.$field }
        }
        $router = Get-LLText $b.router
        if ((Test-LLKey $b 'router') -and $router -ne '') { Assert-LLIPv4 'router' $router }
        $state = Assert-LLState $b
        if ((Test-LLKey $b 'failover') -and (Test-LLKey $b.failover 'remove')) {
            # LeaseLink never removes a scope from a failover (C-06); refuse rather than ignore.
            Stop-LL 400 "'failover.remove' is not supported by this script."
        }

        $set = @{}
        if (Test-LLKey $b 'name') { $set['Name'] = Get-LLText $b.name }
        if (Test-LLKey $b 'description') { $set['Description'] = Get-LLText $b.description }
        if ((Get-LLText $b.start_ip) -ne '') { $set['StartRange'] = [string]$b.start_ip }
        if ((Get-LLText $b.end_ip) -ne '') { $set['EndRange'] = [string]$b.end_ip }
        if ([long]$b.lease_duration_seconds -gt 0) { $set['LeaseDuration'] = [TimeSpan]::FromSeconds([long]$b.lease_duration_seconds) }
        if ($null -ne $state) { $set['State'] = $state }
        if ($set.Count -gt 0) { Set-DhcpServerv4Scope -ScopeId $scope_id @set -ErrorAction Stop }

        if (Test-LLKey $b 'router') {
            if ($router -ne '') {
                Set-DhcpServerv4OptionValue -ScopeId $scope_id -Router $router -Force -ErrorAction Stop
            } else {
                $existing = Get-DhcpServerv4OptionValue -ScopeId $scope_id -ErrorAction Stop | Where-Object { $_.OptionId -eq 3 }
                if ($existing) { Remove-DhcpServerv4OptionValue -ScopeId $scope_id -OptionId 3 -ErrorAction Stop }
            }
        }
        if (Test-LLKey $b 'options') { Set-LLScopeOptions $scope_id $b.options }
        if ((Test-LLKey $b 'failover') -and (Get-LLText $b.failover.enroll) -ne '') {
            Add-DhcpServerv4FailoverScope -Name ([string]$b.failover.enroll) -ScopeId $scope_id -ErrorAction Stop
        }
        Send-LLJson 200 (ConvertTo-LLScope (Get-DhcpServerv4Scope -ScopeId $scope_id -ErrorAction Stop))
    } catch {
        Send-LLFailure $_
    }
})

# --- leases and reservations ------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/leases' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $only = Read-LLOptionalScopeId
        $grouped = (Read-LLQuery 'format') -ieq 'grouped'
        if ($null -ne $only) { $ids = @($only) } else { $ids = @(Get-DhcpServerv4Scope -ErrorAction Stop | ForEach-Object { $_.ScopeId.IPAddressToString }) }
        $byScope = [ordered]@{}
        foreach ($id in $ids) {
            # An unknown scope or any failure is a 500: never an empty or partial list.
            $leases = @(Get-DhcpServerv4Lease -ScopeId $id -ErrorAction Stop |
                Where-Object { @('Active', 'ActiveReservation') -contains [string]$_.AddressState } |
                ForEach-Object { ConvertTo-LLLease $_ })
            $byScope[$id] = [object[]]$leases
        }
        if ($grouped) { Send-LLJson 200 $byScope; return }
        Send-LLList 200 @($byScope.Values | ForEach-Object { $_ })
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/reservations' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $only = Read-LLOptionalScopeId
        $grouped = (Read-LLQuery 'format') -ieq 'grouped'
        if ($null -ne $only) { $ids = @($only) } else { $ids = @(Get-DhcpServerv4Scope -ErrorAction Stop | ForEach-Object { $_.ScopeId.IPAddressToString }) }
        $byScope = [ordered]@{}
        foreach ($id in $ids) {
            $byScope[$id] = [object[]]@(Get-DhcpServerv4Reservation -ScopeId $id -ErrorAction Stop | ForEach-Object { ConvertTo-LLReservation $_ })
        }
        if ($grouped) { Send-LLJson 200 $byScope; return }
        Send-LLList 200 @($byScope.Values | ForEach-Object { $_ })
    } catch {
        Send-LLFailure $_
    }
})

# POST takes a JSON list (bulk, always 200 with one result per item) or, as in 1.x, one object
# (201 with the reservation).
New-PSUEndpoint -Url '/api/dhcp/reservations' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    function Add-LLReservation($Item) {
        $clientId = ConvertTo-LLClientId ([string]$Item.client_id)
        $scopeId = [string]$Item.scope_id
        $ip = [string]$Item.ip_address
        $add = @{ ScopeId = $scopeId; IPAddress = $ip; ClientId = $clientId }
        if ((Get-LLText $Item.name) -ne '') { $add['Name'] = [string]$Item.name }
        if ((Get-LLText $Item.description) -ne '') { $add['Description'] = [string]$Item.description }
        if ((Get-LLText $Item.type) -ne '') { $add['Type'] = [string]$Item.type }
        Add-DhcpServerv4Reservation @add -ErrorAction Stop
        return (ConvertTo-LLReservation (Find-LLReservation $scopeId $ip))
    }
    try {
        $items = Read-LLBodyList
        if ($null -eq $items) {
            $b = Read-LLBody
            foreach ($field in 'scope_id', 'ip_address', 'client_id') {
                if (-not (Test-LLTruthy $b.$field)) { Stop-LL 400 'scope_id, ip_address, and client_id are required.' }
            }
            Assert-LLIPv4 'scope_id' $b.scope_id
            Assert-LLIPv4 'ip_address' $b.ip_address
            Send-LLJson 201 (Add-LLReservation $b)
            return
        }
        $results = foreach ($item in $items) {
            $result = [ordered]@{ scope_id = $null; ip_address = $null; status = 'error' }
            try {
                if (-not ($item -is [System.Management.Automation.PSCustomObject])) { throw 'Item must be a JSON object.' }
                $result.scope_id = $item.scope_id
                $result.ip_address = $item.ip_address
                if (-not (Test-LLTruthy $item.scope_id) -or -not (Test-LLTruthy $item.ip_address)) { throw 'scope_id and ip_address are required.' }
                Assert-LLIPv4 'scope_id' $item.scope_id
                Assert-LLIPv4 'ip_address' $item.ip_address
                if (-not (Test-LLTruthy $item.client_id)) { throw 'client_id is required.' }
                $clientId = ConvertTo-LLClientId ([string]$item.client_id)
                $holder = Get-DhcpServerv4Reservation -ScopeId ([string]$item.scope_id) -ErrorAction Stop |
                    Where-Object { (Get-LLText $_.ClientId).ToLowerInvariant() -eq $clientId } | Select-Object -First 1
                if ($holder) { throw ("client_id {0} is already used by {1} in scope {2}." -f $clientId, $holder.IPAddress.IPAddressToString, $item.scope_id) }
                $result['reservation'] = Add-LLReservation $item
                $result.status = 'ok'
            } catch {
                $result.status = 'error'
                $result['error'] = $_.Exception.Message
            }
            $result
        }
        Send-LLJson 200 ([ordered]@{ results = [object[]]@($results) })
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/reservations' -Method 'PUT' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $items = Read-LLBodyList
        if ($null -eq $items) { Stop-LL 400 'Body must be a JSON list of items.' }
        $results = foreach ($item in $items) {
            $result = [ordered]@{ scope_id = $null; ip_address = $null; status = 'error' }
            try {
                if (-not ($item -is [System.Management.Automation.PSCustomObject])) { throw 'Item must be a JSON object.' }
                $result.scope_id = $item.scope_id
                $result.ip_address = $item.ip_address
                if (-not (Test-LLTruthy $item.scope_id) -or -not (Test-LLTruthy $item.ip_address)) { throw 'scope_id and ip_address are required.' }
                Assert-LLIPv4 'scope_id' $item.scope_id
                Assert-LLIPv4 'ip_address' $item.ip_address
                $scopeId = [string]$item.scope_id
                $ip = [string]$item.ip_address
                $current = $null
                try { $current = Find-LLReservation $scopeId $ip } catch { $current = $null }
                if ($null -eq $current) {
                    $result.status = 'not_found'
                    $result['error'] = ("No reservation at {0} in scope {1}." -f $ip, $scopeId)
                    $result
                    continue
                }
                $set = @{}
                if ((Test-LLKey $item 'name') -and (Get-LLText $item.name) -cne (Get-LLText $current.Name)) { $set['Name'] = Get-LLText $item.name }
                if ((Test-LLKey $item 'description') -and (Get-LLText $item.description) -cne (Get-LLText $current.Description)) { $set['Description'] = Get-LLText $item.description }
                if ((Test-LLKey $item 'type') -and (Get-LLText $item.type) -ine [string]$current.Type) { $set['Type'] = [string]$item.type }
                $newId = $null
                if ((Test-LLKey $item 'client_id') -and (Get-LLText $item.client_id) -ne '') {
                    $normalised = ConvertTo-LLClientId ([string]$item.client_id)
                    if ($normalised -ne (Get-LLText $current.ClientId).ToLowerInvariant()) { $newId = $normalised }
                }
                if ($null -ne $newId) {
                    $holder = Get-DhcpServerv4Reservation -ScopeId $scopeId -ErrorAction Stop |
                        Where-Object { (Get-LLText $_.ClientId).ToLowerInvariant() -eq $newId } | Select-Object -First 1
                    if ($holder) { throw ("client_id {0} is already used by {1} in scope {2}." -f $newId, $holder.IPAddress.IPAddressToString, $scopeId) }
                    # Windows cannot change a reservation's client id in place: remove and re-add,
                    # and put the old one back if the new one is refused.
                    $old = ConvertTo-LLReservation $current
                    Remove-DhcpServerv4Reservation -ScopeId $scopeId -IPAddress $ip -ErrorAction Stop
                    $add = @{ ScopeId = $scopeId; IPAddress = $ip; ClientId = $newId; Type = $old.type }
                    if ($old.name -ne '') { $add['Name'] = $old.name }
                    if ($old.description -ne '') { $add['Description'] = $old.description }
                    try {
                        Add-DhcpServerv4Reservation @add -ErrorAction Stop
                    } catch {
                        $add['ClientId'] = $old.client_id
                        Add-DhcpServerv4Reservation @add -ErrorAction SilentlyContinue
                        throw
                    }
                }
                if ($set.Count -gt 0) { Set-DhcpServerv4Reservation -IPAddress $ip @set -ErrorAction Stop }
                $result['reservation'] = ConvertTo-LLReservation (Find-LLReservation $scopeId $ip)
                $result.status = 'ok'
            } catch {
                $result.status = 'error'
                $result['error'] = $_.Exception.Message
            }
            $result
        }
        Send-LLJson 200 ([ordered]@{ results = [object[]]@($results) })
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/reservations' -Method 'DELETE' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $items = Read-LLBodyList
        if ($null -eq $items) { Stop-LL 400 'Body must be a JSON list of items.' }
        $results = foreach ($item in $items) {
            $result = [ordered]@{ scope_id = $null; ip_address = $null; status = 'error' }
            try {
                if (-not ($item -is [System.Management.Automation.PSCustomObject])) { throw 'Item must be a JSON object.' }
                $result.scope_id = $item.scope_id
                $result.ip_address = $item.ip_address
                if (-not (Test-LLTruthy $item.scope_id) -or -not (Test-LLTruthy $item.ip_address)) { throw 'scope_id and ip_address are required.' }
                Assert-LLIPv4 'scope_id' $item.scope_id
                Assert-LLIPv4 'ip_address' $item.ip_address
                $current = $null
                try { $current = Find-LLReservation ([string]$item.scope_id) ([string]$item.ip_address) } catch { $current = $null }
                if ($null -eq $current) {
                    $result.status = 'not_found'
                    $result['error'] = ("No reservation at {0} in scope {1}." -f $item.ip_address, $item.scope_id)
                } else {
                    Remove-DhcpServerv4Reservation -ScopeId ([string]$item.scope_id) -IPAddress ([string]$item.ip_address) -ErrorAction Stop
                    $result.status = 'ok'
                }
            } catch {
                $result.status = 'error'
                $result['error'] = $_.Exception.Message
            }
            $result
        }
        Send-LLJson 200 ([ordered]@{ results = [object[]]@($results) })
    } catch {
        Send-LLFailure $_
    }
})

# --- failover ---------------------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/failover' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        Send-LLList 200 @(Get-LLFailovers | ForEach-Object { ConvertTo-LLFailover $_ })
    } catch {
        Send-LLFailure $_
    }
})

# Must be sent to the primary, which contacts the partner.
New-PSUEndpoint -Url '/api/dhcp/failover' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $b = Read-LLBody
        if (-not (Test-LLTruthy $b.name) -or -not (Test-LLTruthy $b.secondary_server) -or -not (Test-LLTruthy @($b.scope_ids | Where-Object { $_ }))) {
            Stop-LL 400 'name, secondary_server, and scope_ids are required.'
        }
        foreach ($id in @($b.scope_ids)) { Assert-LLIPv4 'scope_ids' $id }
        $lead = [int]$b.max_client_lead_time
        if ($lead -le 0) { $lead = 3600 }
        $delay = [int]$b.max_response_delay
        if ($delay -le 0) { $delay = 30 }
        $add = @{
            Name              = [string]$b.name
            PartnerServer     = [string]$b.secondary_server
            ScopeId           = [string[]]@($b.scope_ids)
            MaxClientLeadTime = [TimeSpan]::FromSeconds($lead)
            Force             = $true
        }
        if ((Get-LLText $b.mode) -ieq 'HotStandby') { $add['ServerRole'] = 'Active' }
        elseif ((Get-LLText $b.mode) -ne '' -and (Get-LLText $b.mode) -ine 'LoadBalance') { Stop-LL 400 "'mode' must be LoadBalance or HotStandby." }
        # Windows only takes a switchover interval together with automatic state transition.
        if ([int]$b.state_switchover_interval -gt 0) {
            $add['AutoStateTransition'] = $true
            $add['StateSwitchInterval'] = [TimeSpan]::FromSeconds([int]$b.state_switchover_interval)
        }
        # Message authentication is on when a shared secret is given; the secret is never echoed.
        if ($b.enable_auth -eq $true -and (Get-LLText $b.shared_secret) -ne '') { $add['SharedSecret'] = [string]$b.shared_secret }
        Add-DhcpServerv4Failover @add -ErrorAction Stop
        Set-DhcpServerv4Failover -Name ([string]$b.name) -MaxResponseDelay ([TimeSpan]::FromSeconds($delay)) -Force -ErrorAction Stop
        Send-LLJson 201 (ConvertTo-LLFailover (Get-DhcpServerv4Failover -Name ([string]$b.name) -ErrorAction Stop))
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/failover/replicate' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $b = Read-LLBody
        $ids = @($b.scope_ids | Where-Object { $null -ne $_ })
        if (-not (Test-LLKey $b 'scope_ids') -or $ids.Count -eq 0) { Stop-LL 400 'scope_ids is required and must be a non-empty array.' }
        foreach ($id in $ids) { Assert-LLIPv4 'scope_ids' $id }
        Invoke-DhcpServerv4FailoverReplication -ScopeId ([string[]]$ids) -Force -ErrorAction Stop | Out-Null
        Send-LLJson 200 ([ordered]@{ replicated = [string[]]$ids })
    } catch {
        Send-LLFailure $_
    }
})

# --- options ----------------------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/options/server' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        Send-LLList 200 @(Get-DhcpServerv4OptionValue -All -ErrorAction Stop | ForEach-Object { ConvertTo-LLOption $_ })
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/options/scope/:scope_id' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        Assert-LLIPv4 'scope_id' $scope_id
        try {
            $options = @(Get-DhcpServerv4OptionValue -ScopeId $scope_id -All -ErrorAction Stop)
        } catch {
            if (Test-LLCimError $_) { Stop-LL 404 'Scope not found.' }
            throw
        }
        Send-LLList 200 @($options | ForEach-Object { ConvertTo-LLOption $_ })
    } catch {
        Send-LLFailure $_
    }
})

# Bulk read: every scope's options; a scope whose read failed is left out, so the client keeps
# what it has for it (upstream-v2.md 2.3).
New-PSUEndpoint -Url '/api/dhcp/options' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $scopeOptions = [ordered]@{}
        foreach ($scope in @(Get-DhcpServerv4Scope -ErrorAction Stop)) {
            $id = $scope.ScopeId.IPAddressToString
            try {
                $scopeOptions[$id] = [object[]]@(Get-DhcpServerv4OptionValue -ScopeId $id -All -ErrorAction Stop | ForEach-Object { ConvertTo-LLOption $_ })
            } catch {
                Write-Information ("LeaseLink: options of scope {0} not read: {1}" -f $id, $_.Exception.Message)
            }
        }
        $server = [object[]]@(Get-DhcpServerv4OptionValue -All -ErrorAction Stop | ForEach-Object { ConvertTo-LLOption $_ })
        $definitions = [object[]]@(Get-DhcpServerv4OptionDefinition -All -ErrorAction Stop | ForEach-Object {
            [ordered]@{
                code         = [int]$_.OptionId
                name         = Get-LLText $_.Name
                type         = [string]$_.Type
                multi_valued = [bool]$_.MultiValued
                vendor_class = Get-LLText $_.VendorClass
                description  = Get-LLText $_.Description
            }
        })
        Send-LLJson 200 ([ordered]@{ scope_options = $scopeOptions; server_options = $server; option_definitions = $definitions })
    } catch {
        Send-LLFailure $_
    }
})

# --- exclusions -------------------------------------------------------------------------

New-PSUEndpoint -Url '/api/dhcp/exclusions' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $only = Read-LLOptionalScopeId
        if ($null -ne $only) {
            try {
                $ranges = @(Get-DhcpServerv4ExclusionRange -ScopeId $only -ErrorAction Stop)
            } catch {
                if (Test-LLCimError $_) { Stop-LL 404 'Scope not found.' }
                throw
            }
            Send-LLList 200 @($ranges | ForEach-Object { ConvertTo-LLExclusion $_ })
            return
        }
        # Bulk form (2.x): only scopes with ranges; '{}' when there are none.
        $byScope = [ordered]@{}
        foreach ($range in @(Get-DhcpServerv4ExclusionRange -ErrorAction Stop)) {
            $item = ConvertTo-LLExclusion $range
            if (-not $byScope.Contains($item.scope_id)) { $byScope[$item.scope_id] = New-Object System.Collections.ArrayList }
            [void]$byScope[$item.scope_id].Add($item)
        }
        $result = [ordered]@{}
        foreach ($key in @($byScope.Keys)) { $result[$key] = [object[]]$byScope[$key].ToArray() }
        Send-LLJson 200 $result
    } catch {
        Send-LLFailure $_
    }
})

New-PSUEndpoint -Url '/api/dhcp/exclusions' -Method 'POST' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $b = Read-LLBody
        foreach ($field in 'scope_id', 'start_ip', 'end_ip') {
            if (-not (Test-LLTruthy $b.$field)) { Stop-LL 400 'scope_id, start_ip, and end_ip are required.' }
        }
        foreach ($field in 'scope_id', 'start_ip', 'end_ip') { Assert-LLIPv4 $field $b.$field }
        Add-DhcpServerv4ExclusionRange -ScopeId ([string]$b.scope_id) -StartRange ([string]$b.start_ip) -EndRange ([string]$b.end_ip) -ErrorAction Stop
        Send-LLJson 201 ([ordered]@{ scope_id = [string]$b.scope_id; start_ip = [string]$b.start_ip; end_ip = [string]$b.end_ip })
    } catch {
        Send-LLFailure $_
    }
})

# DELETE carries a JSON body; a range or scope that does not exist is a 500, not a 404.
New-PSUEndpoint -Url '/api/dhcp/exclusions' -Method 'DELETE' -Authentication -Role @('DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    try {
        $b = Read-LLBody
        foreach ($field in 'scope_id', 'start_ip', 'end_ip') {
            if (-not (Test-LLTruthy $b.$field)) { Stop-LL 400 'scope_id, start_ip, and end_ip are required.' }
        }
        foreach ($field in 'scope_id', 'start_ip', 'end_ip') { Assert-LLIPv4 $field $b.$field }
        Remove-DhcpServerv4ExclusionRange -ScopeId ([string]$b.scope_id) -StartRange ([string]$b.start_ip) -EndRange ([string]$b.end_ip) -ErrorAction Stop
        Send-LLNoContent
    } catch {
        Send-LLFailure $_
    }
})

# --- metrics ----------------------------------------------------------------------------

# Sections fail alone: server/database become null, scopes/failover an empty list.
New-PSUEndpoint -Url '/api/dhcp/metrics' -Method 'GET' -Authentication -Role @('DHCPReader', 'DHCPWriter') -Endpoint (Join-LeaseLinkEndpoint {
    function Test-LLFlag([string]$Name) {
        return (@('1', 'true', 'yes', 'on') -contains (Read-LLQuery $Name).ToLowerInvariant())
    }
    function Get-LLPercent([long]$Used, [long]$Total) {
        if ($Total -le 0) { return 0.0 }
        return [Math]::Round(100.0 * $Used / $Total, 2)
    }
    try {
        $withReservations = Test-LLFlag 'reservations'
        $withDeclined = Test-LLFlag 'declined'

        $server = $null
        try {
            $s = Get-DhcpServerv4Statistics -ErrorAction Stop
            $total = [long]$s.TotalAddresses
            $used = [long]$s.AddressesInUse
            $server = [ordered]@{
                uptime_seconds   = [long]((Get-Date) - $s.ServerStartTime).TotalSeconds
                scopes_total     = [int]$s.TotalScopes
                scopes_active    = 0
                addresses_total  = $total
                addresses_in_use = $used
                addresses_free   = [long]$s.AddressesAvailable
                percent_in_use   = Get-LLPercent $used $total
                packets          = [ordered]@{
                    discovers = [long]$s.Discovers; offers = [long]$s.Offers; requests = [long]$s.Requests
                    acks = [long]$s.Acks; nacks = [long]$s.Naks; declines = [long]$s.Declines; releases = [long]$s.Releases
                }
            }
            $server.scopes_active = @(Get-DhcpServerv4Scope -ErrorAction Stop | Where-Object { [string]$_.State -ieq 'Active' }).Count
        } catch { $server = $null }

        $scopes = @()
        try {
            $scopes = @(Get-DhcpServerv4Scope -ErrorAction Stop | ForEach-Object {
                $scope = $_
                $id = $scope.ScopeId.IPAddressToString
                $st = Get-DhcpServerv4ScopeStatistics -ScopeId $id -ErrorAction Stop
                $reserved = 0; $active = 0; $inactive = 0
                if ($withReservations) {
                    $leased = @{}
                    Get-DhcpServerv4Lease -ScopeId $id -ErrorAction Stop | Where-Object { [string]$_.AddressState -eq 'ActiveReservation' } |
                        ForEach-Object { $leased[$_.IPAddress.IPAddressToString] = $true }
                    foreach ($r in @(Get-DhcpServerv4Reservation -ScopeId $id -ErrorAction Stop)) {
                        $reserved++
                        if ($leased.ContainsKey($r.IPAddress.IPAddressToString)) { $active++ } else { $inactive++ }
                    }
                }
                $bad = 0
                if ($withDeclined) {
                    $bad = @(Get-DhcpServerv4Lease -ScopeId $id -BadLeases -ErrorAction Stop).Count
                }
                $free = [long]$st.AddressesFree
                $inUse = [long]$st.AddressesInUse
                [ordered]@{
                    scope_id              = $id
                    name                  = Get-LLText $scope.Name
                    state                 = ([string]$scope.State).ToLowerInvariant()
                    addresses_total       = $free + $inUse
                    addresses_in_use      = $inUse
                    addresses_free        = $free
                    addresses_reserved    = $reserved
                    reservations_active   = $active
                    reservations_inactive = $inactive
                    pending_offers        = [long]$st.PendingOffers
                    bad_address_count     = $bad
                    percent_in_use        = Get-LLPercent $inUse ($free + $inUse)
                }
            })
        } catch { $scopes = @() }

        $failover = @()
        try {
            $failover = @(Get-LLFailovers | ForEach-Object {
                [ordered]@{
                    name           = $_.Name
                    mode           = [string]$_.Mode
                    partner_server = $_.PartnerServer
                    state          = ([string]$_.State).ToLowerInvariant()
                    in_sync        = $null
                }
            })
        } catch { $failover = @() }

        $database = $null
        try {
            $db = Get-DhcpServerDatabase -ErrorAction Stop
            $database = [ordered]@{
                backup_interval_minutes  = [int]$db.BackupInterval.TotalMinutes
                logging_enabled          = [bool]$db.LoggingEnabled
                cleanup_interval_minutes = [int]$db.CleanupInterval.TotalMinutes
            }
        } catch { $database = $null }

        Send-LLJson 200 ([ordered]@{
            schema_version = 1
            generated_at   = Format-LLUtc (Get-Date)
            server         = $server
            scopes         = [object[]]$scopes
            failover       = [object[]]$failover
            database       = $database
        })
    } catch {
        Send-LLFailure $_
    }
})
