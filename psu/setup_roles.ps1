<#
.SYNOPSIS
    Creates LeaseLink's PowerShell Universal roles and App Tokens. Safe to run again.

.DESCRIPTION
    Run once per DHCP server by an administrator holding a PSU Administrator App Token.
    1. Roles DHCPReader (GET endpoints) and DHCPWriter (all endpoints); PSU answers 500 to a
       duplicate role, so an existing role is looked up instead of being created again.
    2. DHCPWriter gets the PSU permission 'apis/*' (needed for Update PSU Scripts).
    3. App Tokens LeaseLink-DHCP-Read (DHCPReader) and LeaseLink-DHCP-Write (DHCPWriter), valid
       for -ValidDays days. A token is only granted when no live (non-revoked) token with that
       identity exists. New tokens are written to -TokenFile (never to the console or a log);
       paste them into LeaseLink's server dialog, then delete the file.
    The admin token is read from the PSU_ADMIN_TOKEN environment variable or prompted for; it
    is never printed.

    Works on Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
    $env:PSU_ADMIN_TOKEN = '...'   # or leave unset to be prompted
    .\setup_roles.ps1 -PsuUrl https://dhcp01.example.com:8443 -TokenFile C:\secure\leaselink-tokens.txt
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$PsuUrl,
    [Parameter(Mandatory = $true)][string]$TokenFile,
    [int]$ValidDays = 365,
    # Only for a PSU still on its self-signed certificate; prefer importing that certificate.
    [switch]$SkipCertificateCheck
)

$ErrorActionPreference = 'Stop'
$base = $PsuUrl.TrimEnd('/') + '/api/v1'

$adminToken = $env:PSU_ADMIN_TOKEN
if ([string]::IsNullOrWhiteSpace($adminToken)) {
    $secure = Read-Host -AsSecureString 'PSU Administrator App Token'
    $adminToken = [System.Net.NetworkCredential]::new('', $secure).Password
}
$adminToken = $adminToken.Trim()

if ($SkipCertificateCheck -and $PSVersionTable.PSEdition -ne 'Core') {
    # Windows PowerShell 5.1 has no -SkipCertificateCheck on Invoke-RestMethod.
    [System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
}
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12

function Invoke-Psu([string]$Method, [string]$Path, $Body) {
    $request = @{
        Method      = $Method
        Uri         = $base + $Path
        Headers     = @{ Authorization = 'Bearer ' + $adminToken }
        ContentType = 'application/json'
    }
    if ($null -ne $Body) { $request['Body'] = (ConvertTo-Json -InputObject $Body -Depth 5 -Compress) }
    if ($SkipCertificateCheck -and $PSVersionTable.PSEdition -eq 'Core') { $request['SkipCertificateCheck'] = $true }
    try {
        return Invoke-RestMethod @request
    } catch {
        # The message names the call and the status only: the request headers are never shown.
        $status = ''
        if ($_.Exception.Response) { $status = [int]$_.Exception.Response.StatusCode }
        throw ("PSU {0} {1} failed {2}: {3}" -f $Method, $Path, $status, $_.Exception.Message)
    }
}

function Get-PsuList([string]$Path) {
    # PSU may answer 200 with an empty body; that is an empty list.
    $answer = Invoke-Psu 'GET' $Path $null
    if ($null -eq $answer -or $answer -is [string]) { return @() }
    return @($answer | ForEach-Object { $_ })
}

$roles = @(
    @{ name = 'DHCPReader'; description = 'Read-only access to DHCP API GET endpoints.' },
    @{ name = 'DHCPWriter'; description = 'Full read/write access to all DHCP API endpoints.' }
)
$existing = Get-PsuList '/role'
foreach ($role in $roles) {
    if (@($existing | Where-Object { $_.name -eq $role.name }).Count -gt 0) {
        Write-Host ("Role {0}: already exists" -f $role.name)
        continue
    }
    # PSU answers 500 to a duplicate role, and its role GET may come back empty even when the
    # role exists: a refused create therefore means 'already there'.
    try {
        Invoke-Psu 'POST' '/role' $role | Out-Null
        Write-Host ("Role {0}: created" -f $role.name)
    } catch {
        Write-Host ("Role {0}: not created ({1}); assuming it already exists" -f $role.name, $_.Exception.Message)
    }
}

$writer = Get-PsuList '/role' | Where-Object { $_.name -eq 'DHCPWriter' } | Select-Object -First 1
if ($null -eq $writer) { throw 'Role DHCPWriter not found after creating it.' }
$permissions = @($writer.permissions | Where-Object { $_ })
if ($permissions -notcontains 'apis/*') {
    $update = [ordered]@{
        id          = $writer.id
        name        = 'DHCPWriter'
        description = $writer.description
        permissions = [string[]]($permissions + 'apis/*')
    }
    Invoke-Psu 'PUT' ('/role/' + $writer.id) $update | Out-Null
    Write-Host "Role DHCPWriter: permission apis/* added"
} else {
    Write-Host "Role DHCPWriter: permission apis/* already set"
}

$tokens = @(
    @{ identity = 'LeaseLink-DHCP-Read'; role = 'DHCPReader' },
    @{ identity = 'LeaseLink-DHCP-Write'; role = 'DHCPWriter' }
)
# Revoked tokens are soft-deleted and still listed: only live ones count.
$live = @(Get-PsuList '/apptoken' | Where-Object { -not $_.revoked })
foreach ($token in $tokens) {
    if (@($live | Where-Object { $_.identity.name -eq $token.identity }).Count -gt 0) {
        Write-Host ("App Token {0}: a live token exists, none granted" -f $token.identity)
        continue
    }
    $grant = [ordered]@{
        identity   = [ordered]@{ name = $token.identity; system = $true }
        role       = $token.role
        expiration = (Get-Date).ToUniversalTime().AddDays($ValidDays).ToString('yyyy-MM-ddTHH:mm:ssZ', [System.Globalization.CultureInfo]::InvariantCulture)
    }
    $answer = Invoke-Psu 'POST' '/apptoken/grant' $grant
    Add-Content -Path $TokenFile -Value ("{0} ({1}): {2}" -f $token.identity, $token.role, $answer.token)
    Write-Host ("App Token {0}: granted, written to {1}" -f $token.identity, $TokenFile)
}
