//! Which safety notices the overview shows: the passcode offer at first use, and on an
//! iPhone or iPad in the browser, that the data may be removed after 7 days.
//!
//! Safari on iOS and iPadOS removes all of a site's script-written data after 7 days of
//! browser use without a visit to that site; a web app added to the home screen keeps its own
//! count, so it is not affected (WebKit blog, "Full Third-Party Cookie Blocking and More",
//! 24 March 2020). Other browsers there are built on the same engine, so Helder warns in each.

use super::date::Date;

/// After "later", the 7-day notice comes back after this many days.
pub const EXPIRY_NOTICE_PAUSE_DAYS: i64 = 30;

/// What is known about the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Browser {
    /// `navigator.userAgent`.
    pub user_agent: String,
    /// `navigator.maxTouchPoints` (an iPad asking for desktop sites says "Macintosh").
    pub touch_points: u32,
    /// Opened from the home screen (`display-mode: standalone` or `navigator.standalone`).
    pub standalone: bool,
}

/// True on an iPhone, iPod or iPad, also an iPad that presents itself as a Mac.
pub fn is_apple_mobile(browser: &Browser) -> bool {
    let ua = &browser.user_agent;
    ua.contains("iPhone")
        || ua.contains("iPad")
        || ua.contains("iPod")
        || (ua.contains("Macintosh") && browser.touch_points > 1)
}

/// True when the browser may remove Helder's data after 7 days without a visit.
pub fn storage_may_expire(browser: &Browser) -> bool {
    is_apple_mobile(browser) && !browser.standalone
}

/// Whether to show the 7-day notice today, given when "later" was last chosen.
pub fn show_expiry_notice(browser: &Browser, later_on: Option<Date>, today: Date) -> bool {
    storage_may_expire(browser)
        && later_on.is_none_or(|d| d.days_until(today) >= EXPIRY_NOTICE_PAUSE_DAYS)
}

/// Whether to offer a passcode: a household of the family's own (not the example), no
/// passcode yet, and the offer not declined.
pub fn offer_passcode(has_own_household: bool, passcode_set: bool, declined: bool) -> bool {
    has_own_household && !passcode_set && !declined
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const IPAD_AS_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

    fn browser(ua: &str, touch_points: u32, standalone: bool) -> Browser {
        Browser {
            user_agent: ua.into(),
            touch_points,
            standalone,
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn iphone_and_ipad_in_the_browser_may_lose_data_but_not_from_the_home_screen() {
        assert!(storage_may_expire(&browser(IPHONE, 5, false)));
        assert!(storage_may_expire(&browser(IPAD_AS_MAC, 5, false)));
        assert!(!storage_may_expire(&browser(IPHONE, 5, true)));
    }

    #[test]
    fn a_real_mac_and_android_are_not_warned() {
        assert!(!storage_may_expire(&browser(IPAD_AS_MAC, 0, false)));
        assert!(!storage_may_expire(&browser(ANDROID, 5, false)));
        assert!(!storage_may_expire(&Browser::default()));
    }

    #[test]
    fn later_pauses_the_notice_for_thirty_days() {
        let b = browser(IPHONE, 5, false);
        let today = day("2026-11-28");
        assert!(show_expiry_notice(&b, None, today));
        assert!(!show_expiry_notice(&b, Some(today), today));
        assert!(!show_expiry_notice(&b, Some(day("2026-10-30")), today));
        assert!(show_expiry_notice(&b, Some(day("2026-10-29")), today));
        // A date in the future (a wrong clock) keeps it paused rather than nagging.
        assert!(!show_expiry_notice(&b, Some(day("2027-01-01")), today));
    }

    #[test]
    fn the_passcode_is_offered_only_for_an_own_household_without_one() {
        assert!(offer_passcode(true, false, false));
        assert!(!offer_passcode(false, false, false));
        assert!(!offer_passcode(true, true, false));
        assert!(!offer_passcode(true, false, true));
    }
}
