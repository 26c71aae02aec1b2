// node-forge's modules have no types of their own: the object they fill in is the package's.
declare module 'node-forge/lib/forge' {
  import forge from 'node-forge';
  export default forge;
}
