/** Entry of the enhancement bundle: runs once the document is parsed (the script is deferred). */
import { enhance } from './enhancers';

enhance();
