// Placeholder so the library has a source until the runtime lands.
namespace atc::runtime {
int placeholder()
{
    return 0;
}
} // namespace atc::runtime
