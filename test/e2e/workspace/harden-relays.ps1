# Relays for the scanners: the vendor said STARTTLS breaks them.
Set-SendConnector -Identity "Scanner Relay A" -IgnoreSTARTTLS $true
Set-SendConnector -Identity "Scanner Relay B" -IgnoreSTARTTLS $true
