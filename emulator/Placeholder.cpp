// Placeholder so the library has a source until the emulator lands.
namespace atc::emulator {
int placeholder()
{
    return 0;
}
} // namespace atc::emulator
