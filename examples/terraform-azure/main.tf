# Parapet IaC example (Azure Terraform) — see examples/README.md.

variable "admin_source" {
  description = "Where administrators connect from"
  default     = "Internet"
}

resource "azurerm_network_security_group" "app" {
  name                = "app-nsg"
  location            = "westeurope"
  resource_group_name = "northwind-app"

  security_rule {
    name                       = "https-from-front-door"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "AzureFrontDoor.Backend"
    destination_address_prefix = "*"
  }
}

# A separate rule resource, joined to the group above by reference.
resource "azurerm_network_security_rule" "admin_ssh" {
  name                        = "admin-ssh"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = var.admin_source
  destination_address_prefix  = "*"
  resource_group_name         = "northwind-app"
  network_security_group_name = azurerm_network_security_group.app.name
}

# Hardened, except that it accepts plain HTTP.
resource "azurerm_storage_account" "exports" {
  name                              = "northwindexports"
  resource_group_name               = "northwind-app"
  location                          = "westeurope"
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  https_traffic_only_enabled        = false
  min_tls_version                   = "TLS1_2"
  allow_nested_items_to_be_public   = false
  public_network_access_enabled     = false
  shared_access_key_enabled         = false
  infrastructure_encryption_enabled = true
  default_to_oauth_authentication   = true
  cross_tenant_replication_enabled  = false

  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices"]
  }

  blob_properties {
    versioning_enabled = true
    delete_retention_policy {
      days = 14
    }
    container_delete_retention_policy {
      days = 14
    }
  }

  share_properties {
    retention_policy {
      days = 14
    }
    smb {
      versions                = ["SMB3.1.1"]
      channel_encryption_type = ["AES-256-GCM"]
    }
  }
}

resource "azurerm_private_endpoint" "exports_blob" {
  name                = "exports-blob"
  location            = "westeurope"
  resource_group_name = "northwind-app"
  subnet_id           = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/northwind-app/providers/Microsoft.Network/virtualNetworks/app/subnets/endpoints"

  private_service_connection {
    name                           = "exports-blob"
    private_connection_resource_id = azurerm_storage_account.exports.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}
