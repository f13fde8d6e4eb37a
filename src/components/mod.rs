//! Reusable views: one component per file.

pub mod complaint_finder;
pub mod contact_card;
pub mod crash;
pub mod due_list;
pub mod example_badge;
pub mod framework_map;
pub mod header;
pub mod nav;
pub mod outbox_list;
pub mod page;
pub mod plan_summary;
pub mod print_button;
pub mod profile_problem;
pub mod shell;
pub mod statement;
pub mod store_problem;
pub mod update_notice;
pub mod youth_comment;
pub mod youth_switch;
pub mod youth_view;
