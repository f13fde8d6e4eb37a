//! The organisation profile on the device: the shipped default, the last good one, and the
//! fresh one from the network.

use super::{device, net};
use crate::domain::profile::{parse_profile, Profile, ProfileError};

/// The profile that came with this build (always valid; a test checks it).
const SHIPPED: &str = include_str!("../../public/organisation.json");
/// Where the last good profile from the network is kept.
const LAST_GOOD_KEY: &str = "helder.profile";
/// A profile larger than this is refused: it would eat the storage the household needs
/// (the shipped one is about 2 KB).
pub const MAX_PROFILE_BYTES: usize = 64 * 1024;

/// The best profile available without the network: the last good one, else the shipped one.
pub fn load_cached() -> Profile {
    device::read(LAST_GOOD_KEY)
        .and_then(|text| parse_profile(&text).ok())
        .or_else(|| parse_profile(SHIPPED).ok())
        .unwrap_or_else(unreachable_profile)
}

// The shipped profile is checked by a unit test, so this is never reached; it keeps the app
// working even so.
fn unreachable_profile() -> Profile {
    Profile {
        format: crate::domain::profile::PROFILE_FORMAT.into(),
        version: crate::domain::profile::PROFILE_VERSION,
        organisation: Default::default(),
        complaints_commission: Default::default(),
        confidential_adviser: Default::default(),
        children_ombudsman: Default::default(),
        national_ombudsman: Default::default(),
        municipal_ombudsman: Default::default(),
        assumed: None,
        emergency_stop: Default::default(),
        quick_exit_url: String::new(),
    }
}

/// What fetching the profile brought.
pub enum Fresh {
    /// A valid profile (now also the last good one).
    Good(Box<Profile>),
    /// The organisation's file is wrong; the last good profile stays in use.
    Malformed(ProfileError),
    /// No network or no file: the cached profile stays in use.
    Unavailable,
}

/// Fetches `/organisation.json` and keeps it when it is valid.
pub async fn fetch_fresh() -> Fresh {
    let Some(text) = net::get_text("/organisation.json").await else {
        return Fresh::Unavailable;
    };
    if text.len() > MAX_PROFILE_BYTES {
        return Fresh::Malformed(ProfileError {
            field: String::new(),
            reason: format!("larger than {} KB", MAX_PROFILE_BYTES / 1024),
        });
    }
    match parse_profile(&text) {
        Ok(profile) => {
            let _ = device::write(LAST_GOOD_KEY, &text);
            Fresh::Good(Box::new(profile))
        }
        Err(error) => Fresh::Malformed(error),
    }
}
