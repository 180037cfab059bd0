// Placeholder so the library has a source until the client lands.
namespace atc::azure {
int placeholder()
{
    return 0;
}
} // namespace atc::azure
