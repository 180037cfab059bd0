// Placeholder so the library has a source until the wizard lands.
namespace atc::wizard {
int placeholder()
{
    return 0;
}
} // namespace atc::wizard
