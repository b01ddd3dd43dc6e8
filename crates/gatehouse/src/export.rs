//! `gatehouse export`: a data directory's accounts as an `--init` file, so that an account
//! built by hand can be replayed in CI (`gatehouse serve --init FILE`).
//!
//! It reads a snapshot (SQLite's online backup into a temporary file), so a server may keep
//! running on the directory. What the `--init` grammar cannot say is left out and listed in
//! the file's comments; so are secrets, unless asked for, and keys that are not active (an
//! `--init` key is active: replaying an inactive one would widen access).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Args;
use gatehouse_store::{
    AccessKeyStatus, AccountDetails, AccountId, KeyOwner, OidcProvider, SamlProvider, Store, Tag,
};
use toml::{Table, Value};

use crate::data_dir::{self, DataDirArg, STORE_FILE};
use crate::exit::{Exit, Failure};

/// `gatehouse export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    dir: DataDirArg,
    /// Include the secret of every active access key (without it, keys are left out).
    #[arg(long)]
    with_secrets: bool,
}

/// What is never exported, because the `--init` grammar has no place for it.
const NOT_EXPORTED: &str = "\
# Not exported (the --init file has no place for them): console passwords and the password
# policy, MFA devices, SSH public keys, instance profiles, service-linked roles, managed
# policies' versions other than the default and their tags, tags of identity providers, access
# keys' last use, the credential report, and outbound web identity federation.
";

/// Prints the data directory's accounts as an `--init` file.
pub fn run(args: ExportArgs) -> Result<(), Failure> {
    let dir = data_dir::resolve(args.dir.data_dir)?;
    let snapshot = Snapshot::take(&dir)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::new(Exit::Failed, format!("cannot start the runtime: {e}")))?;
    let text = runtime.block_on(async {
        let store = Store::open(&snapshot.file)
            .await
            .map_err(|err| Failure::store(&dir, &err))?;
        let text = export(&store, args.with_secrets).await;
        store.close().await;
        text.map_err(|err| match err {
            Exported::Store(err) => Failure::store(&dir, &err),
            Exported::Toml(err) => Failure::new(Exit::Failed, format!("cannot write TOML: {err}")),
        })
    })?;
    print!("{text}");
    Ok(())
}

/// A copy of a data directory's store in a temporary folder, removed when dropped.
struct Snapshot {
    folder: PathBuf,
    file: PathBuf,
}

impl Snapshot {
    fn take(dir: &Path) -> Result<Self, Failure> {
        let folder = std::env::temp_dir().join(format!("gatehouse-export-{}", std::process::id()));
        std::fs::create_dir(&folder).map_err(|e| {
            Failure::new(
                Exit::Failed,
                format!("cannot make the folder {}: {e}", folder.display()),
            )
        })?;
        let snapshot = Snapshot {
            file: folder.join(STORE_FILE),
            folder,
        };
        gatehouse_store::backup(&dir.join(STORE_FILE), &snapshot.file)
            .map_err(|err| Failure::store(dir, &err))?;
        Ok(snapshot)
    }
}

impl Drop for Snapshot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// Why an export failed.
enum Exported {
    Store(gatehouse_store::StoreError),
    Toml(toml::ser::Error),
}

impl From<gatehouse_store::StoreError> for Exported {
    fn from(err: gatehouse_store::StoreError) -> Self {
        Exported::Store(err)
    }
}

/// Every account of `store`, as the text of an `--init` file.
async fn export(store: &Store, with_secrets: bool) -> Result<String, Exported> {
    let mut text = String::from(
        "# The accounts of a gatehouse data directory, written by `gatehouse export`; replay them\n\
         # with `gatehouse serve --init FILE` (`gatehouse init` shows every table and field).\n",
    );
    text.push_str(NOT_EXPORTED);
    for account in store.accounts()? {
        let mut notes = Vec::new();
        let table = account_table(store, account, with_secrets, &mut notes).await?;
        text.push('\n');
        for note in notes {
            let _ = writeln!(text, "# {note}");
        }
        let mut file = Table::new();
        file.insert("account".into(), Value::Array(vec![Value::Table(table)]));
        text.push_str(&toml::to_string(&file).map_err(Exported::Toml)?);
    }
    Ok(text)
}

/// One account's `[[account]]` table; what it leaves out is added to `notes`.
async fn account_table(
    store: &Store,
    account: AccountId,
    with_secrets: bool,
    notes: &mut Vec<String>,
) -> gatehouse_store::Result<Table> {
    let details = store.account_details(account).await?;
    let mut table = Table::new();
    table.insert("id".into(), account.to_string().into());
    if let Some(alias) = store.account_alias(account).await? {
        table.insert("alias".into(), alias.into());
    }
    let root_keys = keys(store, account, KeyOwner::Root, with_secrets, notes).await?;
    insert_list(&mut table, "root_access_keys", root_keys);
    insert_list(&mut table, "policy", policies(&details));
    insert_list(&mut table, "group", groups(&details));
    let mut users = Vec::new();
    for user in &details.users {
        let mut entry = named(&user.name, &user.path);
        optional(
            &mut entry,
            "permissions_boundary",
            &user.permissions_boundary,
        );
        insert_tags(&mut entry, &user.tags);
        insert_strings(
            &mut entry,
            "groups",
            details.group_names.get(&user.id).into_iter().flatten(),
        );
        insert_attachments(&mut entry, &details, &user.id);
        let keys = keys(
            store,
            account,
            KeyOwner::User(&user.name),
            with_secrets,
            notes,
        )
        .await?;
        insert_list(&mut entry, "access_keys", keys);
        users.push(entry);
    }
    insert_list(&mut table, "user", users);
    let mut roles = Vec::new();
    for role in &details.roles {
        if role.path.starts_with("/aws-service-role/") {
            notes.push(format!(
                "service-linked role {} left out: CreateServiceLinkedRole makes it",
                role.name
            ));
            continue;
        }
        let mut entry = named(&role.name, &role.path);
        optional(&mut entry, "description", &role.description);
        entry.insert(
            "max_session_duration".into(),
            Value::Integer(role.max_session_duration),
        );
        optional(
            &mut entry,
            "permissions_boundary",
            &role.permissions_boundary,
        );
        entry.insert("trust_policy".into(), role.trust_policy.clone().into());
        insert_tags(&mut entry, &role.tags);
        insert_attachments(&mut entry, &details, &role.id);
        roles.push(entry);
    }
    insert_list(&mut table, "role", roles);
    let oidc: Vec<OidcProvider> = store.list_providers(account).await?;
    let oidc = oidc.into_iter().map(|provider| {
        let mut entry = Table::new();
        entry.insert("url".into(), provider.url.into());
        insert_strings(&mut entry, "client_ids", &provider.client_ids);
        insert_strings(&mut entry, "thumbprints", &provider.thumbprints);
        entry
    });
    insert_list(&mut table, "oidc_provider", oidc.collect());
    let saml: Vec<SamlProvider> = store.list_providers(account).await?;
    let saml = saml.into_iter().map(|provider| {
        let mut entry = Table::new();
        entry.insert("name".into(), provider.name.into());
        entry.insert("metadata".into(), provider.metadata.into());
        entry
    });
    insert_list(&mut table, "saml_provider", saml.collect());
    Ok(table)
}

/// An owner's active access keys, with their secrets when asked for; what is left out is noted.
async fn keys(
    store: &Store,
    account: AccountId,
    owner: KeyOwner<'_>,
    with_secrets: bool,
    notes: &mut Vec<String>,
) -> gatehouse_store::Result<Vec<Table>> {
    let whose = match owner {
        KeyOwner::Root => format!("the root of account {account}"),
        KeyOwner::User(name) => format!("user {name}"),
    };
    let mut tables = Vec::new();
    for key in store.list_access_keys(account, owner).await? {
        if key.status != AccessKeyStatus::Active {
            notes.push(format!(
                "access key {} of {whose} left out: it is not active",
                key.id
            ));
        } else if !with_secrets {
            notes.push(format!(
                "access key {} of {whose} left out: its secret is written only with --with-secrets",
                key.id
            ));
        } else {
            let mut entry = Table::new();
            entry.insert("id".into(), key.id.into());
            entry.insert("secret".into(), key.secret.expose().to_owned().into());
            tables.push(entry);
        }
    }
    Ok(tables)
}

/// The customer managed policies, each with its default version's document.
fn policies(details: &AccountDetails) -> Vec<Table> {
    details
        .policies
        .iter()
        .filter_map(|policy| {
            let document = details
                .versions
                .get(&policy.id)?
                .iter()
                .find(|version| version.is_default)?;
            let mut entry = named(&policy.name, &policy.path);
            optional(&mut entry, "description", &policy.description);
            entry.insert("document".into(), document.document.clone().into());
            Some(entry)
        })
        .collect()
}

fn groups(details: &AccountDetails) -> Vec<Table> {
    details
        .groups
        .iter()
        .map(|group| {
            let mut entry = named(&group.name, &group.path);
            insert_attachments(&mut entry, details, &group.id);
            entry
        })
        .collect()
}

/// A table with `name`, and `path` unless it is the default `/`.
fn named(name: &str, path: &str) -> Table {
    let mut entry = Table::new();
    entry.insert("name".into(), name.into());
    if path != "/" {
        entry.insert("path".into(), path.into());
    }
    entry
}

/// The managed policies attached to the user, group or role `id`, and its inline policies.
fn insert_attachments(entry: &mut Table, details: &AccountDetails, id: &str) {
    insert_strings(
        entry,
        "attached_policies",
        details.attached_policies.get(id).into_iter().flatten(),
    );
    let inline = details.inline_policies.get(id).into_iter().flatten();
    let inline = inline.map(|policy| {
        let mut table = Table::new();
        table.insert("name".into(), policy.name.clone().into());
        table.insert("document".into(), policy.document.clone().into());
        table
    });
    insert_list(entry, "inline_policies", inline.collect());
}

fn optional(entry: &mut Table, key: &str, value: &Option<String>) {
    if let Some(value) = value {
        entry.insert(key.into(), value.clone().into());
    }
}

fn insert_tags(entry: &mut Table, tags: &[Tag]) {
    if !tags.is_empty() {
        let tags = tags
            .iter()
            .map(|tag| (tag.key.clone(), Value::from(tag.value.clone())));
        entry.insert("tags".into(), Value::Table(tags.collect()));
    }
}

fn insert_strings<'a>(entry: &mut Table, key: &str, values: impl IntoIterator<Item = &'a String>) {
    let values: Vec<Value> = values.into_iter().map(|v| v.clone().into()).collect();
    if !values.is_empty() {
        entry.insert(key.into(), Value::Array(values));
    }
}

fn insert_list(entry: &mut Table, key: &str, tables: Vec<Table>) {
    if !tables.is_empty() {
        entry.insert(
            key.into(),
            Value::Array(tables.into_iter().map(Value::Table).collect()),
        );
    }
}
