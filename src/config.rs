//! `ip.toml`: found by walking up from the current folder, like Cargo.toml. Every key is
//! optional; unknown keys are errors (a misspelt key would otherwise be silently ignored),
//! and a broken file is exit 2 with its line and column.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::LineIndex;
use crate::error::{ConfigError, Error, Result};
use crate::i18n::Lang;
use crate::values::Duration;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    plans: Option<Vec<String>>,
    exclude: Option<Vec<toml::Spanned<String>>>,
    language: Option<toml::Spanned<String>>,
    #[serde(default)]
    revision: RawRevision,
    #[serde(default)]
    organisation: Organisation,
    #[serde(default)]
    render: RawRender,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRevision {
    interval: Option<toml::Spanned<String>>,
    due_within: Option<toml::Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRender {
    templates: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: Option<String>,
    pub unit: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Config {
    /// The `ip.toml` this came from; `None` when there is none.
    pub file: Option<PathBuf>,
    /// Plan folders, resolved against the folder of `ip.toml`.
    pub plans: Vec<PathBuf>,
    pub language: Option<Lang>,
    pub interval: Option<Duration>,
    pub due_within: Option<Duration>,
    pub organisation: Organisation,
    pub templates: Option<PathBuf>,
    /// `exclude` globs, matched against paths relative to the folder of `ip.toml`.
    pub exclude: Option<globset::GlobSet>,
    /// The folder of `ip.toml`, absolute.
    pub base: Option<PathBuf>,
}

impl Config {
    /// Finds and reads `ip.toml` above `start`; no file is the default config.
    pub fn discover(start: &Path) -> Result<Config> {
        for dir in start.ancestors() {
            let candidate = dir.join("ip.toml");
            if candidate.is_file() {
                return Config::load(&candidate);
            }
        }
        Ok(Config::default())
    }

    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|err| Error::Read {
            path: path.to_owned(),
            err,
        })?;
        let name = path;
        let raw: RawConfig = toml::from_str(&text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            config_error(
                name,
                &text,
                span,
                e.message().to_owned(),
                "see the `ip.toml` section of the README for the keys",
            )
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let duration = |value: &Option<toml::Spanned<String>>,
                        key: &str|
         -> Result<Option<Duration>> {
            match value {
                None => Ok(None),
                Some(v) => Duration::parse(v.get_ref()).map(Some).ok_or_else(|| {
                    config_error(
                        name,
                        &text,
                        v.span(),
                        format!("`{key}` is \"{}\", which is not a duration", v.get_ref()),
                        "write a number and a unit: \"6 months\", \"30 days\", \"2 weeks\", \"1 year\"",
                    )
                }),
            }
        };
        let interval = duration(&raw.revision.interval, "revision.interval")?;
        let due_within = duration(&raw.revision.due_within, "revision.due_within")?;
        let language = match &raw.language {
            None => None,
            Some(lang) => Some(Lang::parse(lang.get_ref()).ok_or_else(|| {
                config_error(
                    name,
                    &text,
                    lang.span(),
                    format!("`language` is \"{}\"", lang.get_ref()),
                    "use nb, nn or en",
                )
            })?),
        };
        // Folders named here stay inside the folder of ip.toml: a shared configuration
        // must not send `ip` to read (and print) files elsewhere on the machine.
        let inside = |value: &str, key: &str| -> Result<PathBuf> {
            let joined = base.join(value);
            let outside = Path::new(value).is_absolute()
                || !lexically_inside(&joined, base)
                || joined
                    .canonicalize()
                    .ok()
                    .zip(base.canonicalize().ok())
                    .is_some_and(|(real, root)| !real.starts_with(root));
            if outside {
                let at = text.find(&format!("\"{value}\"")).unwrap_or(0);
                return Err(config_error(
                    name,
                    &text,
                    at..at + value.len() + 2,
                    format!("`{key}` names \"{value}\", which is outside the folder of ip.toml"),
                    "name a folder inside the folder that holds ip.toml, e.g. \"plans\"",
                ));
            }
            Ok(joined)
        };
        let plans = raw
            .plans
            .unwrap_or_default()
            .iter()
            .map(|p| inside(p, "plans"))
            .collect::<Result<Vec<_>>>()?;
        let templates = raw
            .render
            .templates
            .as_deref()
            .map(|t| inside(t, "render.templates"))
            .transpose()?;
        let exclude = match &raw.exclude {
            None => None,
            Some(globs) => {
                let mut set = globset::GlobSetBuilder::new();
                for glob in globs {
                    let parsed = globset::GlobBuilder::new(glob.get_ref())
                        .literal_separator(true)
                        .build()
                        .map_err(|e| {
                            config_error(
                                name,
                                &text,
                                glob.span(),
                                format!("`exclude` has \"{}\": {}", glob.get_ref(), e.kind()),
                                "write globs such as \"plans/archive/**\" or \"**/*.draft.yaml\"",
                            )
                        })?;
                    set.add(parsed);
                }
                Some(set.build().map_err(|e| {
                    config_error(
                        name,
                        &text,
                        0..0,
                        e.to_string(),
                        "check the `exclude` globs",
                    )
                })?)
            }
        };
        Ok(Config {
            file: Some(path.to_owned()),
            exclude,
            base: base.canonicalize().ok(),
            plans,
            language,
            interval,
            due_within,
            organisation: raw.organisation,
            templates,
        })
    }
}

impl Config {
    /// `path` (as given, relative to the current folder or absolute) from the folder of
    /// ip.toml, if it is inside it.
    fn relative_to_base(&self, path: &Path) -> Option<PathBuf> {
        let base = self.base.as_ref()?;
        let cwd = std::env::current_dir().ok()?;
        let absolute = normalize(&cwd.join(path));
        absolute.strip_prefix(base).ok().map(Path::to_owned)
    }

    /// Whether an `exclude` glob of ip.toml matches the file.
    pub fn is_excluded(&self, path: &Path) -> bool {
        match (&self.exclude, self.relative_to_base(path)) {
            (Some(set), Some(rel)) => set.is_match(rel),
            _ => false,
        }
    }

    /// Whether the file is one ip.toml speaks for: inside one of its `plans` folders (any
    /// file, when it names none) and not excluded.
    pub fn covers(&self, path: &Path) -> bool {
        if self.is_excluded(path) {
            return false;
        }
        if self.plans.is_empty() {
            return true;
        }
        let Ok(cwd) = std::env::current_dir() else {
            return true;
        };
        let absolute = normalize(&cwd.join(path));
        self.plans
            .iter()
            .any(|folder| absolute.starts_with(normalize(&cwd.join(folder))))
    }
}

/// `.` and `..` folded without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether `path` stays below `base` once `.` and `..` are folded (no file system access).
fn lexically_inside(path: &Path, base: &Path) -> bool {
    use std::path::Component;
    let Ok(rest) = path.strip_prefix(base) else {
        return false;
    };
    let mut depth = 0i32;
    for part in rest.components() {
        match part {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    true
}

fn config_error(
    path: &Path,
    text: &str,
    span: std::ops::Range<usize>,
    message: String,
    help: &str,
) -> Error {
    let (line, column) = LineIndex::new(text).line_col(span.start);
    Error::Config(Box::new(ConfigError {
        path: path.to_owned(),
        line,
        column,
        message,
        help: help.to_owned(),
        source_code: miette::NamedSource::new(path.display().to_string(), text.to_owned()),
        span: span.into(),
    }))
}
