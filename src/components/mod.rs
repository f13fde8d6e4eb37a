//! Reusable views: one component per file.

pub mod complaint_finder;
pub mod contact_card;
pub mod correction_letter;
pub mod crash;
pub mod due_list;
pub mod example_badge;
pub mod form_field;
pub mod framework_map;
pub mod header;
pub mod import_panel;
pub mod labels;
pub mod letter_actions;
pub mod nav;
pub mod network_warnings;
pub mod org_detail;
pub mod outbox_list;
pub mod page;
pub mod partner_web;
pub mod person_form;
pub mod print_button;
pub mod profile_problem;
pub mod shell;
pub mod statement;
pub mod store_problem;
pub mod undo_notice;
pub mod update_notice;
