//! Starts Helder in the browser; everything else lives in the library.

fn main() {
    helder::start();
}
