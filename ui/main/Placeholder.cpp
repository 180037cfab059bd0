// Placeholder so the library has a source until the main window lands.
namespace atc::ui {
int placeholder()
{
    return 0;
}
} // namespace atc::ui
